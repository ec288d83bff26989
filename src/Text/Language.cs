namespace AwarenessBot.Text;

/// <summary>The languages the bot speaks.</summary>
public enum Language { English, Spanish }

namespace AwarenessBot.AdminPage;

/// <summary>The "Admin" configuration section: who may open the admins' page.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>A shared secret: sign in with it on the page, or send it in the X-Admin-Key header.</summary>
    public string Key { get; set; } = "";

    /// <summary>The object id of the Microsoft Entra ID group whose members may sign in with their Microsoft account.</summary>
    public string EntraGroupId { get; set; } = "";

    /// <summary>The app registration the page signs in with (docs/deploy-azure.md, "The admins' page").</summary>
    public EntraOptions Entra { get; set; } = new();

    public bool UsesKey => !string.IsNullOrEmpty(Key);
    public bool UsesEntra => !string.IsNullOrEmpty(EntraGroupId) && !string.IsNullOrEmpty(Entra.TenantId) && !string.IsNullOrEmpty(Entra.ClientId);
    public bool PageIsOn => UsesKey || UsesEntra;
}

public sealed class EntraOptions
{
    /// <summary>The cloud's sign-in address (https://login.microsoftonline.us/ for US Government).</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";
    public string TenantId { get; set; } = "";
    public string ClientId { get; set; } = "";
}

using AwarenessBot.Text;

namespace AwarenessBot.Routing;

public enum GlobalCommand { None, Menu, Help, Cancel, Greeting, Thanks, ChooseAudience, Spanish, English }

/// <summary>Words that work at any point, even in the middle of a dialog (English and Spanish).</summary>
public static class GlobalCommands
{
    private static readonly Dictionary<string, GlobalCommand> Commands = new()
    {
        ["menu"] = GlobalCommand.Menu, ["main menu"] = GlobalCommand.Menu, ["start over"] = GlobalCommand.Menu,
        ["restart"] = GlobalCommand.Menu, ["start again"] = GlobalCommand.Menu,
        ["back to menu"] = GlobalCommand.Menu, ["show menu"] = GlobalCommand.Menu, ["show the menu"] = GlobalCommand.Menu,
        ["menu principal"] = GlobalCommand.Menu, ["empezar de nuevo"] = GlobalCommand.Menu,
        ["help"] = GlobalCommand.Help, ["what can you do"] = GlobalCommand.Help, ["commands"] = GlobalCommand.Help,
        ["cancel"] = GlobalCommand.Cancel, ["stop"] = GlobalCommand.Cancel, ["quit"] = GlobalCommand.Cancel,
        ["exit"] = GlobalCommand.Cancel, ["nevermind"] = GlobalCommand.Cancel, ["never mind"] = GlobalCommand.Cancel,
        ["hi"] = GlobalCommand.Greeting, ["hello"] = GlobalCommand.Greeting, ["hey"] = GlobalCommand.Greeting,
        ["hey there"] = GlobalCommand.Greeting, ["hi there"] = GlobalCommand.Greeting, ["hello there"] = GlobalCommand.Greeting,
        ["good morning"] = GlobalCommand.Greeting, ["good afternoon"] = GlobalCommand.Greeting, ["good evening"] = GlobalCommand.Greeting,
        ["yo"] = GlobalCommand.Greeting, ["sup"] = GlobalCommand.Greeting, ["hola"] = GlobalCommand.Greeting, ["buenos dias"] = GlobalCommand.Greeting,
        ["thanks"] = GlobalCommand.Thanks, ["thank you"] = GlobalCommand.Thanks, ["thx"] = GlobalCommand.Thanks, ["ty"] = GlobalCommand.Thanks,
        ["thanks a lot"] = GlobalCommand.Thanks, ["thank you so much"] = GlobalCommand.Thanks, ["gracias"] = GlobalCommand.Thanks,
        ["change audience"] = GlobalCommand.ChooseAudience, ["change role"] = GlobalCommand.ChooseAudience,
        ["switch audience"] = GlobalCommand.ChooseAudience, ["change who i am"] = GlobalCommand.ChooseAudience,
        ["cancelar"] = GlobalCommand.Cancel, ["parar"] = GlobalCommand.Cancel, ["salir"] = GlobalCommand.Cancel,
        ["inicio"] = GlobalCommand.Menu, ["volver al menu"] = GlobalCommand.Menu,
        ["que puedes hacer"] = GlobalCommand.Help, ["opciones"] = GlobalCommand.Help, ["comandos"] = GlobalCommand.Help,
        ["buenas tardes"] = GlobalCommand.Greeting, ["buenas noches"] = GlobalCommand.Greeting, ["buenas"] = GlobalCommand.Greeting, ["que onda"] = GlobalCommand.Greeting,
        ["muchas gracias"] = GlobalCommand.Thanks, ["mil gracias"] = GlobalCommand.Thanks,
        ["cambiar de perfil"] = GlobalCommand.ChooseAudience, ["cambiar perfil"] = GlobalCommand.ChooseAudience,
        // Switching language, in either language.
        ["espanol"] = GlobalCommand.Spanish, ["en espanol"] = GlobalCommand.Spanish, ["spanish"] = GlobalCommand.Spanish, ["in spanish"] = GlobalCommand.Spanish,
        ["habla espanol"] = GlobalCommand.Spanish, ["hablas espanol"] = GlobalCommand.Spanish, ["si en espanol"] = GlobalCommand.Spanish,
        ["english"] = GlobalCommand.English, ["in english"] = GlobalCommand.English, ["en ingles"] = GlobalCommand.English, ["ingles"] = GlobalCommand.English,
        ["speak english"] = GlobalCommand.English, ["yes in english"] = GlobalCommand.English,
    };

    public static GlobalCommand Recognize(string? text)
    {
        var words = TextNormalizer.Words(text);
        // "menu please" and "stop!" count; "stop it, he hurts me" is not a command (and is a crisis anyway).
        if (words.Count is 0 or > 4) return GlobalCommand.None;
        var key = string.Join(' ', words
            .Where(w => w is not ("please" or "pls" or "now" or "the" or "por" or "favor" or "continue" or "seguir" or "sigue" or "sigamos"))
            .Select(w => w == "u" ? "you" : w)); // "what can u do"
        return Commands.GetValueOrDefault(key, GlobalCommand.None);
    }
}

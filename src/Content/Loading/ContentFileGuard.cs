namespace AwarenessBot.Content.Loading;

/// <summary>
/// Checks a content file before it is opened and parsed, so no file in the content folder can hang or
/// crash the bot: special files (a FIFO would block the reader forever; they report no size) and huge
/// files are refused unread, and brackets nested deeper than any real content (the YAML parser recurses
/// on them until the stack overflows) are refused before parsing.
/// </summary>
public static class ContentFileGuard
{
    /// <summary>A content file is a few kilobytes; this leaves room for the longest topic many times over.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>Real content nests lists and maps a few levels deep.</summary>
    public const int MaxNesting = 64;

    /// <summary>Null when the file may be read, else why not.</summary>
    public static string? Check(string path)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (!file.Exists) return "the file is gone";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot read the file: " + e.Message;
        }
        if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true }) return "the file is a link to nothing";
        if (file.Length == 0) return "the file is empty (or not a regular file)";
        if (file.Length > MaxBytes) return $"the file is larger than {MaxBytes / 1024} KB";
        return null;
    }

    /// <summary>Null when the brackets outside quotes nest at most <see cref="MaxNesting"/> deep, else why the file is refused.</summary>
    public static string? CheckNesting(string content)
    {
        var depth = 0;
        var quote = '\0';
        foreach (var c in content)
        {
            if (quote != '\0')
            {
                if (c == quote || c == '\n') quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '[' or '{':
                    if (++depth > MaxNesting) return $"brackets are nested more than {MaxNesting} deep";
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return null;
    }
}

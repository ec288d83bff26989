namespace AwarenessBot.Text;

/// <summary>Optimal-string-alignment (Damerau) distance checks, for typo tolerance.</summary>
public static class EditDistance
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by at most one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool AtMostOne(string a, string b) => Distance(a, b, 1) <= 1;

    /// <summary>The OSA distance, or <c>max + 1</c> as soon as it is known to exceed <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}

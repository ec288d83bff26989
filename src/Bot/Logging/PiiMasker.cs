using System.Text;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace AwarenessBot.Logging;

/// <summary>
/// Masks personal data in text before it may reach a log: phone numbers, e-mail addresses,
/// URLs and IP addresses, found with Microsoft.Recognizers.Text.Sequence.
/// </summary>
public static class PiiMasker
{
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var spans = new List<(int Start, int End, string Label)>();
        void Add(IEnumerable<ModelResult> results, string label) => spans.AddRange(results.Select(r => (r.Start, r.End, label)));
        Add(SequenceRecognizer.RecognizeEmail(text, Culture.English), "[email]");
        Add(SequenceRecognizer.RecognizeURL(text, Culture.English), "[url]");
        Add(SequenceRecognizer.RecognizeIpAddress(text, Culture.English), "[ip]");
        Add(SequenceRecognizer.RecognizePhoneNumber(text, Culture.English), "[phone]");

        var masked = new StringBuilder(text.Length);
        var position = 0;
        // Longest first, so an e-mail is not half-masked as a URL.
        foreach (var (start, end, label) in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (start < position) continue;
            masked.Append(text, position, start - position).Append(label);
            position = end + 1;
        }
        masked.Append(text, position, text.Length - position);
        return masked.ToString();
    }
}

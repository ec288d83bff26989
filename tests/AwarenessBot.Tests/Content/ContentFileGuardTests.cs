using System.Diagnostics;
using AwarenessBot.Content.Loading;

namespace AwarenessBot.Tests.Content;

/// <summary>No file in the content folder can hang or crash the loader: it is refused with a reason instead.</summary>
public class ContentFileGuardTests
{
    [Fact]
    public async Task A_fifo_a_huge_file_and_deeply_nested_brackets_are_refused_unread()
    {
        using var content = ContentPaths.Copy();
        using (var mkfifo = Process.Start("mkfifo", content.PathOf("topics/fifo.md"))) mkfifo.WaitForExit();
        content.Write("topics/huge.md", new string('a', ContentFileGuard.MaxBytes + 1));
        content.Write("dialogs/deep.yaml", "id: deep\nsteps: " + new string('{', 100_000));

        // A reader of the FIFO would wait forever for a writer; the loader must come back.
        var result = await Task.Run(() => ContentLoader.Load(content.Folder)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Null(result.Content);
        Assert.Contains(result.Issues, i => i.Location.File == "topics/fifo.md" && i.Message.Contains("not a regular file", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Location.File == "topics/huge.md" && i.Message.Contains("larger than", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Location.File == "dialogs/deep.yaml" && i.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("steps: [a, [b, {c: d}]]")]
    [InlineData("text: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ inside quotes\"")]
    [InlineData("text: it's [fine]\nnext: [x]")]
    public void Real_content_is_not_refused_for_its_brackets(string yaml) =>
        Assert.Null(ContentFileGuard.CheckNesting(yaml));
}

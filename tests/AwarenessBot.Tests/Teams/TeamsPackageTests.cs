using System.Buffers.Binary;
using System.IO.Compression;
using NJsonSchema;

namespace AwarenessBot.Tests.Teams;

/// <summary>The Teams app package, built by the command admins run and checked against the official v1.22 schema.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "3f2b8a5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teams-package-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, true);
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => Tests.Cli.Cli.RunAsync(["teams-package", .. args]);

    private async Task<string> BuildAsync()
    {
        var zip = Path.Combine(_folder, "awarenessbot-teams.zip");
        var (exit, output, error) = await RunAsync("--app-id", AppId, "--host", "awarenessbot.example.org", "--out", zip);
        Assert.True(exit == 0, error);
        Assert.Contains("Wrote", output);
        return zip;
    }

    private static byte[] Entry(string zip, string name)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task The_zip_holds_the_manifest_and_the_two_icons_at_its_root()
    {
        var zip = await BuildAsync();
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task The_manifest_is_valid_against_the_official_v1_22_schema()
    {
        var manifest = System.Text.Encoding.UTF8.GetString(Entry(await BuildAsync(), "manifest.json"));
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "schemas", "MicrosoftTeams.v1.22.schema.json"));
        var errors = schema.Validate(manifest);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        var json = Newtonsoft.Json.Linq.JObject.Parse(manifest);
        Assert.DoesNotContain("{{", manifest);
        Assert.Equal(AppId, json["id"]!.ToString());
        Assert.Equal(AppId, json["bots"]![0]!["botId"]!.ToString());
        Assert.Equal(["personal", "team", "groupChat"], json["bots"]![0]!["scopes"]!.Values<string>());
        Assert.Equal("https://awarenessbot.example.org/privacy", json["developer"]!["privacyUrl"]!.ToString());
        Assert.All(json["bots"]![0]!["commandLists"]!, list => Assert.InRange(list["commands"]!.Count(), 1, 10));

        // The check has teeth: a manifest Teams would refuse fails it.
        json["accentColor"] = "blue";
        json["name"]!["short"] = new string('x', 31);
        Assert.True(schema.Validate(json.ToString()).Count >= 2);
    }

    [Fact]
    public async Task The_icons_have_the_sizes_teams_requires_and_the_outline_is_white_on_transparent()
    {
        var zip = await BuildAsync();
        var color = Png.Decode(Entry(zip, "color.png"));
        Assert.Equal((192, 192), (color.Width, color.Height));
        var outline = Png.Decode(Entry(zip, "outline.png"));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        var pixels = outline.Pixels().ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);    // transparent background
        Assert.Contains(pixels, p => p.A == 255);  // a visible white shape
    }

    [Theory]
    [InlineData(new[] { "--host", "awarenessbot.example.org" }, "--app-id is missing")]
    [InlineData(new[] { "--app-id", "not-a-guid", "--host", "awarenessbot.example.org" }, "is not a GUID")]
    [InlineData(new[] { "--app-id", AppId }, "--host is missing")]
    [InlineData(new[] { "--app-id", AppId, "--host", "https://awarenessbot.example.org/bot" }, "should be a host name only")]
    [InlineData(new[] { "--app-id", AppId, "--host", "awarenessbot.example.org", "--privacy-url", "http://insecure.example.org/" }, "should be an https:// address")]
    public async Task Missing_or_wrong_values_are_refused_with_a_clear_message(string[] args, string message)
    {
        var (exit, _, error) = await RunAsync([.. args, "--out", Path.Combine(_folder, "refused.zip")]);
        Assert.NotEqual(0, exit);
        Assert.Contains(message, error);
        Assert.False(File.Exists(Path.Combine(_folder, "refused.zip")));
    }

    /// <summary>Just enough PNG decoding to check an icon: 8-bit RGBA or RGB, not interlaced.</summary>
    private sealed record Png(int Width, int Height, int Channels, byte[] Data)
    {
        public static Png Decode(byte[] file)
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, file[..8]);
            int width = 0, height = 0, channels = 0;
            using var idat = new MemoryStream();
            for (var offset = 8; offset < file.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
                var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
                var data = file.AsSpan(offset + 8, length);
                if (type == "IHDR")
                {
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    Assert.Equal(8, data[8]);
                    channels = data[9] switch { 6 => 4, 2 => 3, var t => throw new NotSupportedException($"PNG colour type {t}") };
                    Assert.Equal(0, data[12]);
                }
                if (type == "IDAT") idat.Write(data);
                offset += 12 + length;
            }
            idat.Position = 0;
            using var inflated = new MemoryStream();
            using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
            return new Png(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
        }

        public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
        {
            for (var i = 0; i < Data.Length; i += Channels)
                yield return (Data[i], Data[i + 1], Data[i + 2], Channels == 4 ? Data[i + 3] : (byte)255);
        }

        private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
        {
            var stride = width * bpp;
            var result = new byte[height * stride];
            for (var y = 0; y < height; y++)
            {
                var filter = raw[y * (stride + 1)];
                for (var x = 0; x < stride; x++)
                {
                    int a = x >= bpp ? result[y * stride + x - bpp] : 0, b = y > 0 ? result[(y - 1) * stride + x] : 0;
                    int c = x >= bpp && y > 0 ? result[(y - 1) * stride + x - bpp] : 0;
                    int value = raw[y * (stride + 1) + 1 + x];
                    result[y * stride + x] = (byte)(filter switch
                    {
                        0 => value,
                        1 => value + a,
                        2 => value + b,
                        3 => value + (a + b) / 2,
                        4 => value + Paeth(a, b, c),
                        _ => throw new NotSupportedException($"PNG filter {filter}"),
                    });
                }
            }
            return result;
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}

using AwarenessBot.Logging;

namespace AwarenessBot.Tests.Logging;

public class PiiMaskerTests
{
    [Theory]
    [InlineData("call me at 555-123-4567 tonight", "call me at [phone] tonight")]
    [InlineData("my email is jo.smith@example.com ok", "my email is [email] ok")]
    [InlineData("see https://example.org/page?id=4", "see [url]")]
    [InlineData("from 192.168.1.20", "from [ip]")]
    [InlineData("what are the red signs", "what are the red signs")]
    [InlineData("", "")]
    public void Masks_phone_numbers_emails_urls_and_ips(string text, string expected) => Assert.Equal(expected, PiiMasker.Mask(text));
}

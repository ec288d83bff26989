using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace AwarenessBot.Hosting;

/// <summary>
/// Who may see /healthz in full: callers on this machine (the operator, a sidecar, a container's
/// health probe) and anyone sending the <c>Admin:Key</c> setting in the <c>X-Admin-Key</c> header.
/// Everyone else gets the status alone.
/// </summary>
public static class HealthDetails
{
    public const string KeyHeader = "X-Admin-Key";

    public static bool MaySee(HttpContext http, IConfiguration configuration)
    {
        // In-process hosts (tests) have no remote address.
        if (http.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address)) return true;
        return KeyMatches(configuration, http.Request.Headers[KeyHeader].ToString());
    }

    /// <summary>The admin key, compared in constant time; never true when no key is set.</summary>
    public static bool KeyMatches(IConfiguration configuration, string? given)
    {
        var key = configuration["Admin:Key"];
        return !string.IsNullOrEmpty(key) && !string.IsNullOrEmpty(given)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
    }
}

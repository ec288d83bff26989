using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AwarenessBot.Hosting;

/// <summary>
/// Behind a reverse proxy or load balancer every request comes from the proxy's address, so the
/// per-client limits would count a whole school as one client. The proxies listed in
/// <c>ReverseProxy:KnownProxies</c> (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR) are
/// trusted to say who the client is (X-Forwarded-For, X-Forwarded-Proto); nobody else is.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        return app.UseForwardedHeaders(options);
    }
}

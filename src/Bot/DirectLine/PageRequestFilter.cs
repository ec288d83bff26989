namespace AwarenessBot.DirectLine;

/// <summary>
/// Lets only the students' page itself get chat tokens: a JSON body (a cross-site form or a
/// <c>text/plain</c> POST cannot send one without the browser asking first, and we never say yes)
/// and, when the browser names the page's origin, this host's. Stops other sites from using up
/// the conversation slots through their visitors' browsers.
/// </summary>
public sealed class PageRequestFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!request.HasJsonContentType())
            return ValueTask.FromResult<object?>(Results.Json(new { error = new { code = "BadArgument", message = "Send the request as application/json." } }, statusCode: StatusCodes.Status415UnsupportedMediaType));
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
            return ValueTask.FromResult<object?>(Results.Json(new { error = new { code = "Forbidden", message = "Chat tokens are only for this site's own page." } }, statusCode: StatusCodes.Status403Forbidden));
        return next(context);
    }
}

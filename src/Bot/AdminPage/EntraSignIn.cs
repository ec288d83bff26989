using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AwarenessBot.AdminPage;

/// <summary>
/// Sign-in with Microsoft Entra ID for the admins' page: OpenID Connect, an ID token posted back to
/// /admin/signin-oidc (no client secret: the page only needs to know who signed in), admitted only when the
/// token's "groups" claim holds <see cref="AdminOptions.EntraGroupId"/>. The admin cookie then keeps only a role
/// and a display name, never the token or the group list.
/// </summary>
public static class EntraSignIn
{
    public const string CallbackPath = "/admin/signin-oidc";
    public const string RefusedPath = "/admin?signin=refused";

    public static void Configure(OpenIdConnectOptions entra, AdminOptions admin)
    {
        entra.Authority = $"{admin.Entra.Instance.TrimEnd('/')}/{admin.Entra.TenantId}/v2.0";
        entra.ClientId = admin.Entra.ClientId;
        entra.ResponseType = OpenIdConnectResponseType.IdToken;
        entra.ResponseMode = OpenIdConnectResponseMode.FormPost;
        entra.CallbackPath = CallbackPath;
        entra.SignInScheme = AdminPageEndpoints.CookieScheme;
        entra.MapInboundClaims = false;
        entra.Events.OnTokenValidated = context =>
        {
            var principal = context.Principal!;
            if (!IsAdmin(principal, admin.EntraGroupId))
            {
                context.Fail("The account is not in the admins' group.");
                return Task.CompletedTask;
            }
            var name = principal.FindFirst("name")?.Value ?? principal.FindFirst("preferred_username")?.Value ?? "admin";
            context.Principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "content-admin"), new Claim(ClaimTypes.Name, name)], AdminPageEndpoints.EntraScheme));
            return Task.CompletedTask;
        };
        // A refused or failed sign-in comes back to the page, which says so; no error page, no details.
        entra.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect(RefusedPath);
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    public static bool IsAdmin(ClaimsPrincipal principal, string groupId) =>
        principal.FindAll("groups").Any(c => string.Equals(c.Value, groupId, StringComparison.OrdinalIgnoreCase));
}

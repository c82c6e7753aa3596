// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: FusionAuth's Java client, io.fusionauth.domain.event.EventType (© 2018-2024), verbatim; plus the entity.*
// events of the docs' events pages (fusionauth-site astro/src/content/docs/extend/events-and-webhooks/events/, version
// 1.69.0; entity.create is shown there, the other five follow its file names) and user.identity.update /
// user.identity.verified from the FusionAuth Terraform provider's list of event types. The Enterprise threat-detection
// events are not listed here.
namespace Webhooks.Providers;

/// <summary>FusionAuth's webhook event types (<c>$.event.type</c>).</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class FusionAuthEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "audit-log.create",
        "entity.create",
        "entity.create.complete",
        "entity.delete",
        "entity.delete.complete",
        "entity.update",
        "entity.update.complete",
        "event-log.create",
        "group.create",
        "group.create.complete",
        "group.delete",
        "group.delete.complete",
        "group.member.add",
        "group.member.add.complete",
        "group.member.remove",
        "group.member.remove.complete",
        "group.member.update",
        "group.member.update.complete",
        "group.update",
        "group.update.complete",
        "jwt.public-key.update",
        "jwt.refresh",
        "jwt.refresh-token.revoke",
        "kickstart.success",
        "test",
        "user.action",
        "user.bulk.create",
        "user.create",
        "user.create.complete",
        "user.deactivate",
        "user.delete",
        "user.delete.complete",
        "user.email.update",
        "user.email.verified",
        "user.identity-provider.link",
        "user.identity-provider.unlink",
        "user.identity.update",
        "user.identity.verified",
        "user.login.failed",
        "user.login.new-device",
        "user.login.success",
        "user.login.suspicious",
        "user.loginId.duplicate.create",
        "user.loginId.duplicate.update",
        "user.password.breach",
        "user.password.reset.send",
        "user.password.reset.start",
        "user.password.reset.success",
        "user.password.update",
        "user.phone.verified",
        "user.reactivate",
        "user.registration.create",
        "user.registration.create.complete",
        "user.registration.delete",
        "user.registration.delete.complete",
        "user.registration.update",
        "user.registration.update.complete",
        "user.registration.verified",
        "user.two-factor.method.add",
        "user.two-factor.method.remove",
        "user.update",
        "user.update.complete",
    ];
}

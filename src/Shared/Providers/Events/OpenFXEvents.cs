// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: OpenFX API docs, "Webhooks" (https://docs.sandbox.openfx.com/webhooks/deposits and
// https://docs.sandbox.openfx.com/webhooks/withdrawals, payload examples dated 2025-03-19): the body's "type" is
// "deposits" or "withdrawals", and the dashboard's webhook event choice is "All Events (Deposits, Withdrawals)".
// Unofficial pages (e.g. openfx-api-docs-example.pages.dev) describe other event names (deposit.received,
// trade.settled, ...) that OpenFX's own docs do not: not used.
namespace Webhooks.Providers;

/// <summary>OpenFX's webhook event types (<c>type</c>), from its webhooks documentation.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class OpenFXEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "deposits",
        "withdrawals",
    ];
}

namespace Webhooks.Durability.App;

/// <summary>
/// The app's own settings (<c>Durability:*</c>). The breaks exist only so that the tests can show they fail when the
/// behaviour they guard is broken; they are off unless a test turns them on.
/// </summary>
public sealed class DurabilitySwitches
{
    /// <summary>How long the slow handler (<c>batch.cancelled</c>) works after its side effect. <c>Durability:SlowHandlerMs</c>.</summary>
    public TimeSpan SlowHandler { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Break: answer 200 before the delivery is stored, and hand it to the real endpoint later from memory, as a receiver
    /// that acknowledges first would. <c>Durability:AckBeforeStore</c>.
    /// </summary>
    public bool AckBeforeStore { get; init; }

    /// <summary>Break: every Nth delivery's first attempt fails after its side effect, so that it runs twice. <c>Durability:FailAfterEffectEvery</c>.</summary>
    public uint FailAfterEffectEvery { get; init; }

    /// <summary>
    /// Break: on PostgreSQL, keep this instance's inbox in a schema of its own (the configured one with the process id
    /// appended), as instances that don't share their inbox would: a redelivery to another instance runs again.
    /// <c>Durability:SchemaPerInstance</c>.
    /// </summary>
    public bool SchemaPerInstance { get; init; }

    /// <summary>A hash that is the same in every process (string.GetHashCode is not).</summary>
    public static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}

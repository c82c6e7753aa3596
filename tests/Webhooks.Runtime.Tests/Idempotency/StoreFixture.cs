using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Webhooks.Idempotency;

namespace Webhooks.Runtime.Tests.Idempotency;

/// <summary>A store on a fake clock, with short, distinct retention and claim timeout.</summary>
internal sealed class StoreFixture
{
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromSeconds(30);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 25, 12, 0, 0, TimeSpan.Zero));

    public InMemoryIdempotencyStore Store { get; }

    public StoreFixture() =>
        Store = new InMemoryIdempotencyStore(
            Options.Create(new InMemoryIdempotencyStoreOptions { Retention = Retention, ClaimTimeout = ClaimTimeout }),
            Clock);

    public ValueTask<IdempotencyClaim> Claim(string key, string provider = "openai") => Store.TryClaimAsync(provider, key, CancellationToken.None);

    public ValueTask Processed(string key, string provider = "openai") => Store.MarkProcessedAsync(provider, key, CancellationToken.None);

    public ValueTask Release(string key, string provider = "openai") => Store.ReleaseAsync(provider, key, CancellationToken.None);
}

using Webhooks.Idempotency;

namespace Webhooks.Runtime.Tests.Idempotency;

/// <summary>Many simultaneous retries of one delivery: exactly one of them may run the handler.</summary>
public sealed class ConcurrentClaimTests
{
    private const int Contenders = 32;
    private const int Rounds = 10;

    /// <summary>Runs <see cref="Contenders"/> claims of one key on their own threads, released at the same moment.</summary>
    private static IdempotencyClaim[] ClaimAllAtOnce(StoreFixture f, string key)
    {
        var results = new IdempotencyClaim[Contenders];
        using var start = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, Contenders).Select(i => new Thread(() =>
        {
            start.Wait();
            var claim = f.Store.TryClaimAsync("openai", key, CancellationToken.None);
            results[i] = claim.IsCompletedSuccessfully ? claim.Result : throw new InvalidOperationException("The in-memory store answers synchronously.");
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        start.Set();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        return results;
    }

    [Fact]
    public void Exactly_one_of_many_concurrent_claims_wins()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var results = ClaimAllAtOnce(new StoreFixture(), "msg_" + round);

            Assert.Single(results, r => r == IdempotencyClaim.Claimed);
            Assert.Equal(Contenders - 1, results.Count(r => r == IdempotencyClaim.InProgress));
        }
    }

    // When an abandoned claim expires, many retries arriving together still produce only one new owner.
    [Fact]
    public async Task Exactly_one_concurrent_claim_takes_over_an_expired_claim()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var f = new StoreFixture();
            await f.Claim("msg_1");
            f.Clock.Advance(StoreFixture.ClaimTimeout);

            var results = ClaimAllAtOnce(f, "msg_1");

            Assert.Single(results, r => r == IdempotencyClaim.Claimed);
            Assert.Equal(Contenders - 1, results.Count(r => r == IdempotencyClaim.InProgress));
        }
    }
}

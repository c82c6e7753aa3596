using System.Security.Cryptography;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Cursor: <c>X-Webhook-Signature: sha256=&lt;hex&gt;</c>, HMAC-SHA256 of the body; dispatched on <c>$.status</c>.</summary>
public sealed class CursorTests : ProviderContractTests
{
    protected override string Provider => "cursor";

    protected override string Secret => "cursor-webhook-secret-at-least-32-characters";

    protected override string OtherSecret => "cursor-webhook-secret-rotated-32-characters!";

    protected override string[] SignatureHeaders => ["X-Webhook-Signature"];

    // Cursor's docs' example payload (its summary shortened).
    protected override string Body => """{"event":"statusChange","timestamp":"2024-01-15T10:30:00Z","id":"bc_abc123","status":"FINISHED","source":{"repository":"https://github.com/your-org/your-repo","ref":"main"},"target":{"url":"https://cursor.com/agents?id=bc_abc123","branchName":"cursor/add-readme-1234","prUrl":"https://github.com/your-org/your-repo/pull/1234"},"summary":"Added README.md"}""";

    // Cursor publishes no vector: 'sha256=' + hex HMAC-SHA256 as its docs' Node and Python samples compute it, here with the BCL.
    [Fact]
    public void Sha256_prefixed_hex_hmac_of_the_body_verifies()
    {
        var body = Utf8(Body);
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Utf8(Secret), body));
        var verifier = Verifier(Provider, TimeProvider.System, Secret);

        Assert.Equal(WebhookVerificationStatus.Valid, verifier.Verify(Request(("X-Webhook-Signature", signature)), body).Status);
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, verifier.Verify(Request(("X-Webhook-Signature", signature[7..])), body).Status);
    }
}

using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;
using static Webhooks.Runtime.Tests.Providers.StandardWebhooksTests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>OpenAI: Standard Webhooks v1 with a <c>whsec_</c> secret; its SDK keys with the raw string when the prefix is absent.</summary>
public sealed class OpenAITests : ProviderContractTests
{
    protected override string Provider => "openai";

    protected override string Secret => VectorSecret;

    protected override string OtherSecret => "whsec_" + Convert.ToBase64String(new byte[32]);

    protected override string[] SignatureHeaders => ["webhook-id", "webhook-timestamp", "webhook-signature"];

    protected override string Body => """{"id":"evt_685343a1381c819085d44c354e1b330e","object":"event","created_at":1750287018,"type":"batch.completed","data":{"id":"batch_abc"}}""";

    [Fact]
    public void Standard_webhooks_vector_verifies_as_openai()
    {
        var request = Request(("webhook-id", VectorId), ("webhook-timestamp", "1614265330"), ("webhook-signature", VectorSignature));
        Assert.Equal(WebhookVerificationStatus.Valid, Verifier("openai", ClockAt(VectorTimestamp), VectorSecret).Verify(request, Utf8(VectorBody)).Status);
    }
}

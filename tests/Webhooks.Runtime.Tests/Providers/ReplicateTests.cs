namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Replicate: Standard Webhooks v1, one <c>whsec_</c> secret per account; the body is a prediction.</summary>
public sealed class ReplicateTests : ProviderContractTests
{
    protected override string Provider => "replicate";

    protected override string Secret => StandardWebhooksTests.VectorSecret;

    protected override string OtherSecret => "whsec_" + Convert.ToBase64String(Enumerable.Repeat((byte)0x5a, 24).ToArray());

    protected override string[] SignatureHeaders => ["webhook-id", "webhook-timestamp", "webhook-signature"];

    protected override string Body => """{"id":"ufawqhfynnddngldkgtslldrkq","status":"succeeded","output":["https://replicate.delivery/x.png"]}""";
}

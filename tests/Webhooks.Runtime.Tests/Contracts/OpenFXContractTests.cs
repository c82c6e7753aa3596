using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>OpenFX's webhook payload, read through the built-in source-generated metadata.</summary>
public sealed class OpenFXContractTests
{
    // https://docs.sandbox.openfx.com/webhooks/deposits (fiat). The page's JSON carries comments, misses a
    // comma after "timestamp" and ends an object with a trailing comma; those are fixed here.
    private const string Deposits = """
        {
          "eventId": "ba8dbff0-6d7b-45b1-961b-84de15d9158f",
          "type": "deposits",
          "message": "Completed Deposits",
          "timestamp": "2025-03-19T10:39:52.891Z",
          "data": [
            {
              "id": "d67191dc-8bab-4335-96fa-85d59d0168ec",
              "orgId": "4638f9df-8a2b-44f4-a31c-d0477fd03e87",
              "amount": 10000,
              "currency": "USD",
              "status": "COMPLETED",
              "network": "FIAT",
              "referenceId": "8ff46b975742419688dddb7b0b46ab7a",
              "comments": "Fedwire deposit",
              "transactionHash": null,
              "completedAt": "2025-03-19T10:39:50.618Z"
            }
          ]
        }
        """;

    // https://docs.sandbox.openfx.com/webhooks/withdrawals (stablecoin), fixed the same way; amount made fractional.
    private const string Withdrawals = """
        {
          "eventId": "ba8dbff0-6d7b-45b1-961b-84de15d9158f",
          "type": "withdrawals",
          "message": "Completed withdrawals",
          "timestamp": "2025-03-19T10:39:52.891Z",
          "data": [
            {
              "id": "d67191dc-8bab-4335-96fa-85d59d0168ec",
              "orgId": "4638f9df-8a2b-44f4-a31c-d0477fd03e87",
              "amount": 10000.25,
              "currency": "USDT",
              "status": "COMPLETED",
              "network": "ETHEREUM",
              "actorEmail": "user@company.com",
              "referenceId": null,
              "comments": null,
              "transactionHash": "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
              "completedAt": "2025-03-19T10:39:50.618Z"
            }
          ]
        }
        """;

    private static OpenFXEvent Read(string json) => JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.OpenFXEvent)!;

    [Fact]
    public void Deposit_event_is_read()
    {
        var evt = Read(Deposits);
        var deposit = Assert.Single(evt.GetTransfers()!);

        Assert.Equal("ba8dbff0-6d7b-45b1-961b-84de15d9158f", evt.EventId);
        Assert.Equal("deposits", evt.Type);
        Assert.Equal("Completed Deposits", evt.Message);
        Assert.Equal(new DateTimeOffset(2025, 3, 19, 10, 39, 52, 891, TimeSpan.Zero), evt.Timestamp);
        Assert.Equal(10000m, deposit.Amount);
        Assert.Equal("USD", deposit.Currency);
        Assert.Equal("FIAT", deposit.Network);
        Assert.Null(deposit.TransactionHash);
        Assert.Equal("Fedwire deposit", deposit.Comments);
    }

    [Fact]
    public void Withdrawal_keeps_a_fractional_amount_exactly()
    {
        var withdrawal = Assert.Single(Read(Withdrawals).GetTransfers()!);

        Assert.Equal(10000.25m, withdrawal.Amount);
        Assert.Equal("user@company.com", withdrawal.ActorEmail);
        Assert.StartsWith("0x5c504ed4", withdrawal.TransactionHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_member_is_kept()
    {
        var evt = Read("""{"eventId":"e1","type":"deposits","attempt":2,"data":[{"id":"d1","amount":1,"currency":"USD","fee":0.5}]}""");

        Assert.Equal(2, evt.AdditionalProperties!["attempt"].GetInt32());
        Assert.Equal(0.5m, Assert.Single(evt.GetTransfers()!).AdditionalProperties!["fee"].GetDecimal());
    }

    [Fact]
    public void Data_of_another_shape_is_kept_as_json()
    {
        var evt = Read("""{"eventId":"e1","type":"payment.completed","data":{"resourceId":"pmt_1"}}""");

        Assert.Null(evt.GetTransfers());
        Assert.Equal("pmt_1", evt.Data!.Value.GetProperty("resourceId").GetString());
    }

    [Fact]
    public void Missing_members_take_their_defaults()
    {
        var evt = Read("{}");

        Assert.Equal("", evt.EventId);
        Assert.Null(evt.Timestamp);
        Assert.Null(evt.Data);
        Assert.Null(evt.GetTransfers());
    }

    [Theory]
    [InlineData("""{"eventId":5,"type":"deposits"}""")]
    [InlineData("""{"eventId":"e1","type":null}""")]
    public void Wrong_type_or_null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void Transfer_with_a_text_amount_throws() =>
        Assert.Throws<JsonException>(() => Read("""{"eventId":"e1","type":"deposits","data":[{"id":"d1","amount":"10000","currency":"USD"}]}""").GetTransfers());

    [Fact]
    public void Contract_names_openfx() =>
        Assert.Equal("openfx", typeof(OpenFXEvent).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
}

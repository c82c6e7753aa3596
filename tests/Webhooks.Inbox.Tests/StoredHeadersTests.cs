using Microsoft.AspNetCore.Http;

namespace Webhooks.Inbox.Tests;

public sealed class StoredHeadersTests
{
    [Fact]
    public void Headers_round_trip_with_repeated_values_and_colons_but_without_credentials()
    {
        var headers = new HeaderDictionary
        {
            ["webhook-id"] = "msg_1",
            ["webhook-signature"] = "v1,abc= v1,def=",
            ["X-Forwarded-For"] = new Microsoft.Extensions.Primitives.StringValues(["10.0.0.1", "10.0.0.2"]),
            ["X-Url"] = "https://example.com:8443/a?b=c",
            ["Authorization"] = "Bearer secret",
            ["cookie"] = "session=secret",
            ["Proxy-Authorization"] = "Basic secret",
        };

        var decoded = StoredHeaders.Decode(StoredHeaders.Encode(headers));

        Assert.Equal("msg_1", decoded["webhook-id"]);
        Assert.Equal("v1,abc= v1,def=", decoded["webhook-signature"]);
        Assert.Equal(2, decoded["x-forwarded-for"].Count);
        Assert.Equal("10.0.0.1,10.0.0.2", decoded["x-forwarded-for"].ToString());
        Assert.Equal("https://example.com:8443/a?b=c", decoded["X-Url"]);
        Assert.False(decoded.ContainsKey("Authorization"));
        Assert.False(decoded.ContainsKey("Cookie"));
        Assert.False(decoded.ContainsKey("Proxy-Authorization"));
    }
}

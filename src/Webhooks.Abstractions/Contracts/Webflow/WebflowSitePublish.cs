using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A published Webflow site (<c>site_publish</c>).</summary>
public sealed class WebflowSitePublish
{
    /// <summary>The site's id.</summary>
    [JsonPropertyName("siteId")]
    public string SiteId { get; set; } = "";

    /// <summary>When it was published.</summary>
    [JsonPropertyName("publishedOn")]
    public DateTimeOffset? PublishedOn { get; set; }

    /// <summary>The domains published to.</summary>
    [JsonPropertyName("domains")]
    public List<string>? Domains { get; set; }

    /// <summary>Who published it (such as its <c>displayName</c>), as JSON.</summary>
    [JsonPropertyName("publishedBy")]
    public JsonElement? PublishedBy { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

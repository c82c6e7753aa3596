using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A Webflow CMS item (<c>collection_item_created</c>, <c>_changed</c>, <c>_deleted</c>, <c>_published</c>, <c>_unpublished</c>;
/// a deleted or unpublished item carries its ids only).
/// </summary>
public sealed class WebflowCollectionItem
{
    /// <summary>The item's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The site's id.</summary>
    [JsonPropertyName("siteId")]
    public string? SiteId { get; set; }

    /// <summary>The workspace's id.</summary>
    [JsonPropertyName("workspaceId")]
    public string? WorkspaceId { get; set; }

    /// <summary>The collection's id.</summary>
    [JsonPropertyName("collectionId")]
    public string? CollectionId { get; set; }

    /// <summary>The CMS locale's id, on localized sites.</summary>
    [JsonPropertyName("cmsLocaleId")]
    public string? CmsLocaleId { get; set; }

    /// <summary>When the item was last published; <c>null</c> if never.</summary>
    [JsonPropertyName("lastPublished")]
    public DateTimeOffset? LastPublished { get; set; }

    /// <summary>When it was last updated.</summary>
    [JsonPropertyName("lastUpdated")]
    public DateTimeOffset? LastUpdated { get; set; }

    /// <summary>When it was created.</summary>
    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    /// <summary>Whether the item is archived.</summary>
    [JsonPropertyName("isArchived")]
    public bool IsArchived { get; set; }

    /// <summary>Whether the item is a draft.</summary>
    [JsonPropertyName("isDraft")]
    public bool IsDraft { get; set; }

    /// <summary>The item's fields by slug (such as <c>name</c> and <c>slug</c>), shaped by the collection's schema, as JSON.</summary>
    [JsonPropertyName("fieldData")]
    public JsonElement? FieldData { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

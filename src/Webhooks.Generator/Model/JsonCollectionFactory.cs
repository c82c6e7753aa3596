namespace Webhooks.Generator.Model;

/// <summary>The <c>JsonMetadataServices.Create{Name}Info</c> method that creates a collection's metadata.</summary>
internal enum JsonCollectionFactory
{
    Array,
    List,
    IList,
    ICollection,

    /// <summary>Also <c>IReadOnlyList&lt;T&gt;</c> and <c>IReadOnlyCollection&lt;T&gt;</c>, as System.Text.Json reads them.</summary>
    IEnumerable,

    /// <summary><c>HashSet&lt;T&gt;</c> and <c>ISet&lt;T&gt;</c>.</summary>
    ISet,
    Dictionary,
    IDictionary,
    IReadOnlyDictionary,
}

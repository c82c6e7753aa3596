namespace Webhooks.Generator.Model;

/// <summary>System.Text.Json's <c>JsonObjectCreationHandling</c>, as a type's or member's attribute sets it.</summary>
internal enum JsonObjectCreationHandling
{
    Replace = 0,
    Populate = 1,
}

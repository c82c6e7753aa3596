namespace Webhooks.Generator.Model;

/// <summary>System.Text.Json's <c>JsonUnmappedMemberHandling</c>, as a type's attribute sets it.</summary>
internal enum JsonUnmappedMemberHandling
{
    Skip = 0,
    Disallow = 1,
}

namespace Webhooks.Generator.Model;

/// <summary>A member the creation expression sets in its object initializer.</summary>
/// <param name="NameInSource">The member's name as C# writes it.</param>
/// <param name="Type">Its fully qualified type as declared, with nullable annotations.</param>
/// <param name="Position">The index of its value in the arguments array.</param>
internal sealed record JsonInitializerModel(string NameInSource, string Type, int Position);

using System;

namespace Webhooks.Generator.Model;

/// <summary>System.Text.Json's <c>JsonNumberHandling</c>, as its attribute on a type or member sets it (the generator doesn't reference System.Text.Json).</summary>
[Flags]
internal enum JsonNumberHandling
{
    Strict = 0,
    AllowReadingFromString = 1,
    WriteAsString = 2,
    AllowNamedFloatingPointLiterals = 4,
}

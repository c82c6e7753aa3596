namespace Webhooks.Durability.Tests;

/// <summary>Prints a test's counts to the test output and to the console.</summary>
public sealed class Report(ITestOutputHelper output, string title)
{
    private readonly List<string> _lines = [];

    public void Line(string text)
    {
        _lines.Add(text);
        output.WriteLine(text);
    }

    public void Count(string name, int value) => Line($"  {name,-44} {value,8}");

    public void Print() => Console.WriteLine($"[{title}]\n" + string.Join('\n', _lines));

    public override string ToString() => string.Join('\n', _lines);
}

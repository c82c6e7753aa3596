using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Webhooks.Testing;

namespace Webhooks.Cli.Tests;

[Collection(AppCollection.Name)]
public sealed class SignTests(TestApp app)
{
    public static TheoryData<string> Providers => [.. WebhookFixtures.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_printed_headers_and_curl_line_post_a_request_the_app_accepts(string provider)
    {
        var result = await Cli.Run("sign", provider, "--secret", TestApp.Secrets[provider], "--url", app.Url);
        Assert.True(result.ExitCode == 0, result.ToString());

        var printed = Printed.Parse(result.Out);
        var curl = Printed.Curl(result.Out);
        Assert.Equal(printed.Headers, curl.Headers); // the curl line sends exactly the headers printed above it
        Assert.StartsWith($"{app.Url}/webhooks/{provider}", curl.Url);

        var before = app.Log.All.Count;
        using var client = new HttpClient();
        using var response = await client.SendAsync(curl.ToRequest());
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{result.Out}");
        if (provider != "slack" || !curl.Body.Contains("url_verification", StringComparison.Ordinal))
        {
            var seen = await app.Log.WaitFor(s => s.Provider == provider && app.Log.All.Skip(before).Contains(s), provider);
            Assert.Equal(curl.Body, seen.Body);
        }
    }

    [Fact]
    public async Task A_data_file_is_signed_as_it_is_and_the_curl_line_sends_the_file()
    {
        var marker = Guid.NewGuid().ToString("N");
        var file = Path.Combine(app.Folder, marker + ".json");
        await File.WriteAllTextAsync(file, $$"""{"id":{{Random.Shared.NextInt64(1, long.MaxValue)}},"name":"#{{marker}}","total_price":"5.00","line_items":[]}""" + "\n");

        var result = await Cli.Run("sign", "shopify", "--event", "orders/create", "--data", file, "--secret", TestApp.Secrets["shopify"], "--url", app.Url);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("X-Shopify-Topic: orders/create", result.Out);
        Assert.Contains($"--data-binary '@{file}'", result.Out);
        var curl = Printed.Curl(result.Out);
        using var client = new HttpClient();
        var request = curl.ToRequest(await File.ReadAllBytesAsync(file));
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, result.Out);
        Assert.Equal("contract:5.00", (await app.Log.WaitFor(s => s.Body.Contains(marker, StringComparison.Ordinal), "the shopify order")).Handler);
    }

    [Fact]
    public async Task The_curl_line_runs_as_it_is_printed()
    {
        if (!File.Exists("/usr/bin/curl"))
        {
            return; // the HttpClient test above checks the same headers; this one runs the line itself where curl exists
        }

        var marker = Guid.NewGuid().ToString("N");
        var result = await Cli.Run("sign", "stripe", "--event", "invoice.paid", "--set", $"data.object.number=it's {marker}", "--secret", TestApp.Secrets["stripe"], "--url", app.Url);
        Assert.True(result.ExitCode == 0, result.ToString());

        var line = result.Out[result.Out.IndexOf("curl ", StringComparison.Ordinal)..].Trim() + " -w ' %{http_code}'";
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/bash", ["-c", line]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.EndsWith(" 200", output);
        Assert.Equal("contract:1500", (await app.Log.WaitFor(s => s.Body.Contains(marker, StringComparison.Ordinal), "curl's invoice")).Handler);
    }

    /// <summary>What sign printed: the header lines, and the curl line taken apart.</summary>
    private sealed record Printed(List<KeyValuePair<string, string>> Headers, string Url, string Body, string? BodyFile)
    {
        public static Printed Parse(string output)
        {
            var lines = output.Split('\n').Skip(1).TakeWhile(l => l.Length > 0);
            return new([.. lines.Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 2)..]))], "", "", null);
        }

        public static Printed Curl(string output)
        {
            var words = ShellWords(output[output.IndexOf("curl ", StringComparison.Ordinal)..]);
            var headers = new List<KeyValuePair<string, string>>();
            string url = "", body = "";
            string? file = null;
            for (var i = 1; i < words.Count; i++)
            {
                switch (words[i])
                {
                    case "-sS":
                        break;
                    case "-X":
                        Assert.Equal("POST", words[++i]);
                        break;
                    case "-H":
                        var header = words[++i];
                        var colon = header.IndexOf(':', StringComparison.Ordinal);
                        headers.Add(new(header[..colon], header[(colon + 2)..]));
                        break;
                    case "--data-binary":
                        body = words[++i];
                        file = body.StartsWith('@') ? body[1..] : null;
                        break;
                    default:
                        url = words[i];
                        break;
                }
            }

            return new Printed(headers, url, body, file);
        }

        public HttpRequestMessage ToRequest(byte[]? fileBytes = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new ByteArrayContent(fileBytes ?? Encoding.UTF8.GetBytes(Body)) };
            foreach (var (name, value) in Headers)
            {
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
                }
                else
                {
                    Assert.True(request.Headers.TryAddWithoutValidation(name, value), name);
                }
            }

            return request;
        }

        // POSIX words: single quotes (with '\'' for a quote), and backslash-newline between options.
        private static List<string> ShellWords(string text)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            var inWord = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\'')
                {
                    var end = text.IndexOf('\'', i + 1);
                    word.Append(text, i + 1, end - i - 1);
                    i = end;
                    inWord = true;
                }
                else if (c == '\\' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                else if (c == '\\' && i + 1 < text.Length)
                {
                    word.Append(text[++i]);
                    inWord = true;
                }
                else if (char.IsWhiteSpace(c))
                {
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }
                }
                else
                {
                    word.Append(c);
                    inWord = true;
                }
            }

            if (inWord)
            {
                words.Add(word.ToString());
            }

            return words;
        }
    }
}

using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;

namespace Webhooks.Benchmarks;

/// <summary>
/// Why verifiers and floors keep a keyed HMAC context per thread: the one-shot HMAC against a reused context, on the
/// signed bytes of the 1 KB OpenAI delivery, with plain SHA-256 of the same bytes for scale.
/// </summary>
[MemoryDiagnoser]
public class HmacVariants
{
    private readonly byte[] _mac = new byte[HMACSHA256.HashSizeInBytes];
    private byte[] _key = [];
    private byte[] _signed = [];
    private IncrementalHash _reused = null!;

    [GlobalSetup]
    public void Setup()
    {
        _key = Convert.FromBase64String(Deliveries.OpenAISecret["whsec_".Length..]);
        _signed = Deliveries.OpenAI(1, DateTimeOffset.UtcNow.ToUnixTimeSeconds()).SignedBytes;
        _reused = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
    }

    [GlobalCleanup]
    public void Cleanup() => _reused.Dispose();

    [Benchmark(Baseline = true)]
    public int OneShot() => HMACSHA256.HashData(_key, _signed, _mac);

    [Benchmark]
    public int ReusedContext()
    {
        _reused.AppendData(_signed);
        return _reused.GetHashAndReset(_mac);
    }

    [Benchmark]
    public int Sha256Alone() => SHA256.HashData(_signed, _mac);
}

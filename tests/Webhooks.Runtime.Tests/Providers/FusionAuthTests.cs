using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Webhooks.Configuration;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// FusionAuth: a compact JWS in <c>X-FusionAuth-Signature-JWT</c> whose <c>request_body_sha256</c> is the base64
/// SHA-256 of the body. FusionAuth publishes no usable vector (its docs' example token comes without its key or body),
/// so tokens are minted by Microsoft.IdentityModel.JsonWebTokens, an implementation independent of the runtime's, or
/// by hand with the BCL where a test needs a header no library writes. The contract runs with HMAC secrets.
/// </summary>
public sealed class FusionAuthTests : ProviderContractTests
{
    private const string Header = "X-FusionAuth-Signature-JWT";

    // signing.mdx @ 020c0182d49253a018ef3c4e271f31311ca127b0 (FusionAuth/fusionauth-site), verbatim.
    private const string DocsExampleToken =
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Il9IMDd3VkcxZlYzbDVpaDc0ck54SUMzbmV2RSJ9.eyJyZXF1ZXN0X2JvZHlfc2hhMjU2IjoiS2VWKy9IR29JUXJ4dUU1WVBDUlI2QXVRT0p2ZWxkWU5OaGJWaTFpMjJxaz0ifQ.J70gqZVuTej8FfriQqJJZecCT6XOZKH6h6Te2ir_yrSwR3luhoj_R1vAZULdrktaFPqXFXbnq9prN8j3ddelUVA5SU51J-MWVhz1bkimLo8EEdJ47ytI_97rPqVK1YJ6FSiS8_o37gablaQZv2WDbZ6ap-t4hNU5m7uwZTW9DerKg9iQjMDUIlfafEwsROLfNPfK49IsCzBNCQ8SsinVbGU0dNbs9YfMAxNzSuEKdZOIXkRNgjPfWpPnkwBbroWUrrpcoAcBSQIYFajKV-MFRISnFZ_blYps16f95iQsuTfqBkBH3r59R5tFBP66FA1bvQJZVlAHJfdNTXnXx2F2BQ";

    private const string HmacSecret = "fusionauth-hmac-secret-0123456789abcdef-0123456789-0123456789abcdef";
    private const string EventBody = """{"event":{"type":"user.create","id":"7f3c1d2e-0d7c-4c1e-9b0a-1f2e3d4c5b6a","createInstant":1700000000000,"user":{"id":"u1","email":"a@example.com"}}}""";

    private static readonly RSA Rsa = RSA.Create(2048);
    private static readonly ECDsa P256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly ECDsa P384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private static readonly ECDsa P521 = ECDsa.Create(ECCurve.NamedCurves.nistP521);

    protected override string Provider => "fusionauth";

    protected override string Secret => HmacSecret;

    protected override string OtherSecret => "another-fusionauth-hmac-secret-0123456789abcdef";

    protected override string[] SignatureHeaders => [Header];

    protected override string Body => EventBody;

    private static string BodyHash(string body) => Convert.ToBase64String(SHA256.HashData(Utf8(body)));

    // The oracle: IdentityModel writes the header (alg, kid, typ) and signs; no exp/iat/nbf, as FusionAuth sends none.
    private static string Mint(SecurityKey key, string algorithm, string body = EventBody)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["request_body_sha256"] = BodyHash(body) },
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    // By hand, for headers and claims no library writes: HS256 under the HMAC secret.
    private static string MintRaw(string headerJson, string payloadJson, string secret = HmacSecret)
    {
        var input = Base64Url.EncodeToString(Utf8(headerJson)) + "." + Base64Url.EncodeToString(Utf8(payloadJson));
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Utf8(secret), Encoding.ASCII.GetBytes(input)));
    }

    private static string ClaimJson(string body = EventBody) => $$"""{"request_body_sha256":"{{BodyHash(body)}}"}""";

    private static WebhookVerificationStatus Verify(string token, Action<WebhookProviderOptions> configure, string body = EventBody, long now = Now) =>
        Verifier("fusionauth", ClockAt(now), configure).Verify(Request((Header, token)), Utf8(body)).Status;

    private static WebhookVerificationStatus VerifyHmac(string token, string body = EventBody, long now = Now) =>
        Verify(token, options => options.Secrets.Add(HmacSecret), body, now);

    private static Action<WebhookProviderOptions> PublicKeys(params string[] keys) => options => options.PublicKeys.AddRange(keys);

    [Theory]
    [InlineData("HS256")]
    [InlineData("HS384")]
    [InlineData("HS512")]
    public void Hmac_tokens_minted_by_IdentityModel_verify(string algorithm)
    {
        var token = Mint(new SymmetricSecurityKey(Utf8(HmacSecret)), algorithm);

        Assert.Equal(WebhookVerificationStatus.Valid, VerifyHmac(token));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyHmac(token, body: EventBody + " "));
    }

    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public void Rsa_tokens_minted_by_IdentityModel_verify_with_the_public_key(string algorithm)
    {
        var token = Mint(new RsaSecurityKey(Rsa), algorithm);
        var pem = Rsa.ExportSubjectPublicKeyInfoPem();

        Assert.Equal(WebhookVerificationStatus.Valid, Verify(token, PublicKeys(pem)));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(token, PublicKeys(pem), body: "{}"));
    }

    [Theory]
    [InlineData("ES256", 256)]
    [InlineData("ES384", 384)]
    [InlineData("ES512", 521)]
    public void Ecdsa_tokens_minted_by_IdentityModel_verify_with_the_public_key_of_their_curve(string algorithm, int curve)
    {
        var key = curve switch { 256 => P256, 384 => P384, _ => P521 };
        var token = Mint(new ECDsaSecurityKey(key), algorithm);

        Assert.Equal(WebhookVerificationStatus.Valid, Verify(token, PublicKeys(key.ExportSubjectPublicKeyInfoPem())));
        var otherCurve = curve == 256 ? P384 : P256;
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(token, PublicKeys(otherCurve.ExportSubjectPublicKeyInfoPem(), Rsa.ExportSubjectPublicKeyInfoPem())));
    }

    [Fact]
    public void Pss_tokens_verify_only_when_configured()
    {
        var token = Mint(new RsaSecurityKey(Rsa), "PS256");
        var pem = Rsa.ExportSubjectPublicKeyInfoPem();

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(token, PublicKeys(pem)));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(token, options =>
        {
            options.PublicKeys.Add(pem);
            options.Algorithms.Add("PS256");
        }));
    }

    // IdentityModel has no EdDSA; the test kit's signer (NSec) mints it, and the key pair helper makes the keys.
    [Fact]
    public async Task EdDSA_tokens_verify_with_an_ed25519_public_key()
    {
        var keys = WebhookKeyPair.CreateEd25519();
        var (request, body) = await Receive(new WebhookSigner("fusionauth", keys.PrivateKey).CreateRequest(Url, EventBody));

        Assert.StartsWith(Base64Url.EncodeToString("{\"alg\":\"EdDSA\""u8.ToArray())[..16], request.Headers[Header].ToString(), StringComparison.Ordinal);
        Assert.Equal(WebhookVerificationStatus.Valid, Verifier("fusionauth", ClockAt(Now), PublicKeys(keys.PublicKey)).Verify(request, body).Status);
    }

    [Fact]
    public void A_public_key_is_never_used_as_an_hmac_secret()
    {
        // The classic confusion: an HS256 token keyed with the text of the receiver's RSA public key.
        var pem = Rsa.ExportSubjectPublicKeyInfoPem();
        var forged = Mint(new SymmetricSecurityKey(Utf8(pem)), "HS256");

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(forged, PublicKeys(pem)));
    }

    [Fact]
    public void A_token_of_an_algorithm_that_is_not_allowed_is_invalid()
    {
        var token = Mint(new SymmetricSecurityKey(Utf8(HmacSecret)), "HS512");

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(token, options =>
        {
            options.Secrets.Add(HmacSecret);
            options.Algorithms.Add("HS256");
        }));
    }

    [Theory]
    [InlineData("""{"alg":"none","typ":"JWT"}""")]
    [InlineData("""{"alg":"None"}""")]
    [InlineData("""{"alg":"hs256"}""")] // alg is case-sensitive
    [InlineData("""{"alg":"HS256","crit":["exp"]}""")]
    [InlineData("""{"alg":"HS256","b64":false}""")]
    [InlineData("""{"alg":"HS256","typ":"at+jwt"}""")]
    [InlineData("""{"alg":"HS256","alg":"HS256"}""")] // a repeated member
    [InlineData("""{"typ":"JWT"}""")]
    [InlineData("""{"alg":256}""")]
    [InlineData("""["HS256"]""")]
    public void Headers_this_verifier_cannot_check_for_sure_are_invalid(string headerJson) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyHmac(MintRaw(headerJson, ClaimJson())));

    [Fact]
    public void A_header_the_verifier_ignores_does_not_stop_a_valid_token() =>
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyHmac(MintRaw("""{"alg":"HS256","typ":"JWT","kid":"k1","jku":"https://attacker.example/jwks.json"}""", ClaimJson())));

    [Fact]
    public void An_unsigned_token_is_invalid()
    {
        var unsigned = Base64Url.EncodeToString("""{"alg":"none"}"""u8.ToArray()) + "." + Base64Url.EncodeToString(Utf8(ClaimJson())) + ".";

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyHmac(unsigned));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"request_body_sha256":42}""")]
    [InlineData("""{"request_body_sha256":"not base64"}""")]
    [InlineData("""{"request_body_sha256":"KeV+/HGoIQrxuE5YPCRR6AuQOJveldYNNhbVi1i22qk="}""")] // another body's hash
    public void A_token_that_does_not_bind_this_body_is_invalid(string payloadJson) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyHmac(MintRaw("""{"alg":"HS256","typ":"JWT"}""", payloadJson)));

    [Fact]
    public void The_body_hash_compared_is_the_digest_not_its_text()
    {
        // Hex of the right digest is the right hash written otherwise: not what FusionAuth sends, so not accepted.
        var hex = Convert.ToHexStringLower(SHA256.HashData(Utf8(EventBody)));

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyHmac(MintRaw("""{"alg":"HS256"}""", $$"""{"request_body_sha256":"{{hex}}"}""")));
    }

    [Theory]
    [InlineData(".")] // an empty part
    [InlineData("=")] // padding
    [InlineData(" ")] // whitespace inside the token
    public void Malformed_tokens_are_invalid(string inserted)
    {
        var token = MintRaw("""{"alg":"HS256"}""", ClaimJson());
        var broken = token.Insert(token.IndexOf('.', StringComparison.Ordinal) + 1, inserted);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyHmac(broken));
    }

    [Fact]
    public void Docs_example_token_is_read_but_not_accepted_without_its_key()
    {
        // The docs publish neither the body nor the RSA key; this key did not sign it.
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(DocsExampleToken, PublicKeys(Rsa.ExportSubjectPublicKeyInfoPem())));
    }

    [Theory]
    [InlineData(-300, "Valid")]
    [InlineData(-301, "TimestampOutOfTolerance")]
    public void An_exp_claim_holds_with_the_tolerance_as_leeway(long expiresIn, string expected)
    {
        var token = MintRaw("""{"alg":"HS256"}""", $$"""{"request_body_sha256":"{{BodyHash(EventBody)}}","exp":{{Now + expiresIn}}}""");

        Assert.Equal(Enum.Parse<WebhookVerificationStatus>(expected), VerifyHmac(token));
    }

    [Fact]
    public void An_nbf_claim_in_the_future_is_out_of_tolerance()
    {
        var token = MintRaw("""{"alg":"HS256"}""", $$"""{"request_body_sha256":"{{BodyHash(EventBody)}}","nbf":{{Now + 301}}}""");

        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, VerifyHmac(token));
    }

    [Fact]
    public void A_kid_selects_the_keys_of_that_id_and_those_without_one()
    {
        var other = RSA.Create(2048);
        var jwk = (RSA key, string kid) =>
        {
            var p = key.ExportParameters(false);
            return $$"""{"kty":"RSA","kid":"{{kid}}","n":"{{Base64Url.EncodeToString(p.Modulus)}}","e":"{{Base64Url.EncodeToString(p.Exponent)}}"}""";
        };
        var token = Mint(new RsaSecurityKey(Rsa) { KeyId = "current" }, "RS256");

        Assert.Equal(WebhookVerificationStatus.Valid, Verify(token, PublicKeys(jwk(other, "old"), jwk(Rsa, "current"))));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(token, PublicKeys(jwk(Rsa, "old"))));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(token, PublicKeys(Rsa.ExportSubjectPublicKeyInfoPem())));
    }
}

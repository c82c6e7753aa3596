using Webhooks.Storage.Tests.PostgreSql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Webhooks.Storage.Tests;

/// <summary>
/// A fact of <see cref="InboxStoreContract"/>. The contract's facts are inherited by each engine's test class, so an
/// attribute's constructor can't tell which engine a test runs on; this discoverer can, and skips the tests of a class
/// marked <see cref="NeedsPostgreSqlAttribute"/> when there is no PostgreSQL server (and this is not CI).
/// </summary>
[XunitTestCaseDiscoverer("Webhooks.Storage.Tests.ContractFactDiscoverer", "Webhooks.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>Marks a contract test class whose store is on the PostgreSQL test server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgreSqlAttribute : Attribute;

/// <summary>Discovers <see cref="ContractFactAttribute"/> facts, skipped when their class's server is missing.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        if (testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgreSqlAttribute)).Any() && PostgreSqlTestServer.SkipReason is { } reason)
        {
            return
            [
                new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason),
            ];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}

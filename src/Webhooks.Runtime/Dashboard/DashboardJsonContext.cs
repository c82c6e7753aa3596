using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks.Dashboard;

/// <summary>The admin API's JSON, generated at compile time (no reflection: it works in a Native AOT app).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OverviewResponse))]
[JsonSerializable(typeof(DeliveryPage))]
[JsonSerializable(typeof(DeliveryDetail))]
[JsonSerializable(typeof(ReplayedOne))]
[JsonSerializable(typeof(ReplayedCount))]
[JsonSerializable(typeof(PurgedCount))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(FilterBody))]
internal sealed partial class DashboardJsonContext : JsonSerializerContext;

namespace Webhooks.EndToEnd.Tests;

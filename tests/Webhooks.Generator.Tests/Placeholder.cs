namespace Webhooks.Generator.Tests;

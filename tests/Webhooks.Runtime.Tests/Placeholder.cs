namespace Webhooks.Runtime.Tests;

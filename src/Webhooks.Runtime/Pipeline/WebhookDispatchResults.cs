using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Webhooks.Infrastructure;

/// <summary>
/// The results a generated dispatch (a <see cref="WebhookDispatcher"/>) returns, made from a handler's return value
/// without an extra state machine. Generated code calls these; applications don't.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WebhookDispatchResults
{
    /// <summary>A handler that returned <c>void</c> has run.</summary>
    public static ValueTask<WebhookDispatchResult> Handled => ValueTask.FromResult(WebhookDispatchResult.Handled);

    /// <summary>No handler matched the event type.</summary>
    public static ValueTask<WebhookDispatchResult> NotHandled => ValueTask.FromResult(WebhookDispatchResult.NotHandled);

    /// <summary>Completes when a handler's <see cref="Task"/> does.</summary>
    public static ValueTask<WebhookDispatchResult> After(Task task)
    {
        return task.IsCompletedSuccessfully ? Handled : Await(task);

        static async ValueTask<WebhookDispatchResult> Await(Task task)
        {
            await task.ConfigureAwait(false);
            return WebhookDispatchResult.Handled;
        }
    }

    /// <summary>Completes when a handler's <see cref="ValueTask"/> does.</summary>
    public static ValueTask<WebhookDispatchResult> After(ValueTask task)
    {
        if (task.IsCompletedSuccessfully)
        {
            task.GetAwaiter().GetResult();
            return Handled;
        }

        return Await(task);

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        static async ValueTask<WebhookDispatchResult> Await(ValueTask task)
        {
            await task.ConfigureAwait(false);
            return WebhookDispatchResult.Handled;
        }
    }
}

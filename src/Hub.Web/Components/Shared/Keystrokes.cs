using Microsoft.AspNetCore.Components;

namespace Hub.Web.Components.Shared;

/// <summary>
/// Handles a text field's input events without re-rendering the page. A re-render while the reader types sends the
/// field's value as the server last heard it, which overwrites the characters typed since (fast typists and pasted text
/// lose letters); the page renders once the field has been still and the address changed.
/// </summary>
public sealed class Keystrokes : IHandleEvent
{
    public static readonly Keystrokes Quiet = new();

    public EventCallback<ChangeEventArgs> On(Func<ChangeEventArgs, Task> handler) => EventCallback.Factory.Create(this, handler);

    public Task HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);
}

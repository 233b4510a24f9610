using Hub.Core;
using MudBlazor;

namespace Hub.Web.Components.Shared;

/// <summary>
/// The field messages of a form whose rule is the same Validate function the server runs before saving. A field's
/// message shows once the field was changed or a save was tried; after a refused save the server's own messages replace
/// the rule's until the field changes again. One instance per form, built with the form's rule.
/// </summary>
public sealed class FieldMessages(Func<Dictionary<string, string[]>> rule)
{
    private readonly HashSet<string> _touched = [];
    private Dictionary<string, string[]> _rules = [];
    private Dictionary<string, string[]> _server = [];

    /// <summary>True while the form's submit is running (buttons show progress and stay disabled).</summary>
    public bool Saving { get; private set; }

    /// <summary>True once a save was tried: every field's message shows from then on.</summary>
    public bool Tried { get; private set; }

    /// <summary>True when the rule or the server has something to say about any field.</summary>
    public bool HasErrors => _rules.Count > 0 || _server.Count > 0;

    /// <summary>The server's messages from the last refused save, by field.</summary>
    public IReadOnlyDictionary<string, string[]> Server => _server;

    /// <summary>Runs the rule again (after the input or a parameter changed).</summary>
    public void Refresh() => _rules = rule();

    /// <summary>The message to show for a field now: the server's, else the rule's once the field was changed or a save tried.</summary>
    public string? ErrorFor(string field) =>
        _server.TryGetValue(field, out var server) ? string.Join(" ", server)
        : (Tried || _touched.Contains(field)) && _rules.TryGetValue(field, out var rules) ? string.Join(" ", rules)
        : null;

    /// <summary>For MudForm's <c>Validation</c>: MudForm asks it for every field with a For expression.</summary>
    public Func<object, string, Task<IEnumerable<string>>> Validation => (_, property) =>
    {
        _touched.Add(property);
        if (!Saving)
        {
            _server.Remove(property);
        }

        Refresh();
        var message = ErrorFor(property);
        return Task.FromResult<IEnumerable<string>>(message is null ? [] : [message]);
    };

    /// <summary>A field changed outside MudForm's own validation (pickers, chips, lists).</summary>
    public void Changed(string field)
    {
        _touched.Add(field);
        _server.Remove(field);
        Refresh();
    }

    /// <summary>A field left the form (e.g. another mode was chosen): its messages go until it comes back.</summary>
    public void Forget(string field)
    {
        _touched.Remove(field);
        _server.Remove(field);
    }

    /// <summary>
    /// Checks every field, and only when the rule passes runs <paramref name="submit"/>; a refusal with field messages
    /// shows them under their fields. Returns the server's outcome, or null when the rule stopped the save.
    /// </summary>
    public async Task<IOutcome?> SubmitAsync(MudForm? form, Func<Task<IOutcome>> submit)
    {
        Tried = true;
        Refresh();
        if (form is not null)
        {
            await form.ValidateAsync();
        }

        if (_rules.Count > 0)
        {
            return null;
        }

        Saving = true;
        try
        {
            var result = await submit();
            if (result.Status == OutcomeStatus.Invalid)
            {
                _server = result.Errors.ToDictionary(e => e.Key, e => e.Value);
                if (form is not null)
                {
                    await form.ValidateAsync();
                }
            }

            return result;
        }
        finally
        {
            Saving = false;
        }
    }
}

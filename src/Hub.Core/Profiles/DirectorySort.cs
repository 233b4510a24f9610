using System.Text;
using System.Text.RegularExpressions;
using Hub.Core.Data;
using Hub.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

public enum DirectorySort
{
    Relevance = 0,
    Name = 1,
    Newest = 2,
}

// SPDX-License-Identifier: Apache-2.0
#include "treebuilder.h"

#include "pythonscalars.h"

#include <QCoreApplication>

#include <string_view>

namespace Runbench::Models {

namespace {

const std::string kTagPrefix = "tag:yaml.org,2002:";
constexpr std::string_view kLongScalarPrefix = "__runbench_long_scalar_";

double numericValue(const Node &n)
{
    if (n.type() == Node::Type::Bool)
        return n.boolValue() ? 1.0 : 0.0;
    if (n.type() == Node::Type::Float)
        return n.realValue();
    return std::stod(PythonScalars::intDecimal(n.text()).value_or("0"));
}

// Python dict key equality: 1, 1.0 and True are the same key.
bool sameKey(const Node &a, const Node &b)
{
    const bool aNumber = a.isNumber() || a.type() == Node::Type::Bool;
    const bool bNumber = b.isNumber() || b.type() == Node::Type::Bool;
    if (aNumber || bNumber)
        return aNumber && bNumber && numericValue(a) == numericValue(b);
    return a == b;
}

} // namespace

TreeBuilder::TreeBuilder(DocumentFormat format, QString source, const ReadLimits &limits,
                         const std::vector<std::string> &longScalars)
    : m_scalars(format)
    , m_source(std::move(source))
    , m_limits(limits)
    , m_longScalars(longScalars)
{}

void TreeBuilder::fail(const YAML::Mark &mark, const QString &message)
{
    m_error = Error{message, m_source, mark.line + 1, mark.column + 1};
    throw Stop{};
}

void TreeBuilder::countNodes(const YAML::Mark &mark, std::size_t n)
{
    m_nodes += n;
    if (m_nodes > m_limits.maxNodes)
        fail(mark, TreeBuilder::tr(
                       "The document expands to more than %1 values (aliases repeated too often?).")
                       .arg(m_limits.maxNodes));
}

Node TreeBuilder::take(Result<Node> result, const YAML::Mark &mark)
{
    if (!result)
        fail(mark, result.error().message);
    return std::move(*result);
}

void TreeBuilder::OnDocumentStart(const YAML::Mark &mark)
{
    if (++m_documents > 1)
        fail(mark,
             TreeBuilder::tr("The file holds more than one document; expected a single one."));
}

void TreeBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    countNodes(mark, 1);
    add(Node::null(), mark, anchor, 1, false);
}

void TreeBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    const auto it = m_anchors.find(anchor);
    if (it == m_anchors.end())
        fail(mark, TreeBuilder::tr("An alias refers to an anchor that is not defined before it."));
    countNodes(mark, it->second.count);
    add(it->second.node, mark, 0, it->second.count, false);
}

void TreeBuilder::OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                           const std::string &value)
{
    countNodes(mark, 1);
    const std::string *text = &value;
    if (!m_longScalars.empty() && tag == "?" &&
        std::string_view(value).starts_with(kLongScalarPrefix)) {
        const std::size_t index = std::stoul(value.substr(kLongScalarPrefix.size()));
        if (index < m_longScalars.size())
            text = &m_longScalars[index];
    }
    const bool mergeKey = m_scalars.isMergeKey(tag, *text);
    Node node = mergeKey ? Node::string(*text) : take(m_scalars.scalar(tag, *text), mark);
    add(std::move(node), mark, anchor, 1, mergeKey);
}

void TreeBuilder::startCollection(const YAML::Mark &mark, const std::string &tag,
                                  YAML::anchor_t anchor, Node node, const char *expectedTag)
{
    if (!tag.empty() && tag != "?" && tag != "!" && tag != kTagPrefix + expectedTag)
        fail(mark, TreeBuilder::tr("The tag '%1' is not supported here.")
                       .arg(QString::fromStdString(tag)));
    countNodes(mark, 1);
    if (int(m_stack.size()) >= m_limits.maxDepth)
        fail(mark, TreeBuilder::tr("The document is nested more than %1 levels deep.")
                       .arg(m_limits.maxDepth));
    Frame frame;
    frame.node = std::move(node);
    frame.mark = mark;
    frame.anchor = anchor;
    m_stack.push_back(std::move(frame));
}

void TreeBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &tag,
                                  YAML::anchor_t anchor, YAML::EmitterStyle::value)
{
    startCollection(mark, tag, anchor, Node::sequence(), "seq");
}

void TreeBuilder::OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                             YAML::EmitterStyle::value)
{
    startCollection(mark, tag, anchor, Node::mapping(), "map");
}

void TreeBuilder::OnSequenceEnd()
{
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    add(std::move(frame.node), frame.mark, frame.anchor, frame.count, false);
}

void TreeBuilder::OnMapEnd()
{
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    Node node = finishMapping(frame);
    add(std::move(node), frame.mark, frame.anchor, frame.count, false);
}

// PyYAML's flatten_mapping: merged pairs come first (a list of mappings merges last to
// first), then the mapping's own pairs; a repeated key keeps its first place and last value.
Node TreeBuilder::finishMapping(Frame &frame)
{
    if (frame.merges.empty())
        return std::move(frame.node);
    std::vector<Node::Member> pairs;
    for (const Node &merge : frame.merges) {
        if (merge.isMapping()) {
            pairs.insert(pairs.end(), merge.members().begin(), merge.members().end());
            continue;
        }
        for (auto it = merge.items().rbegin(); it != merge.items().rend(); ++it)
            pairs.insert(pairs.end(), it->members().begin(), it->members().end());
    }
    Node result = Node::mapping();
    MemberIndex index;
    for (auto &member : pairs)
        insertMember(result.members(), index, std::move(member.key), std::move(member.value));
    for (auto &member : frame.node.members())
        insertMember(result.members(), index, std::move(member.key), std::move(member.value));
    return result;
}

void TreeBuilder::add(Node node, const YAML::Mark &mark, YAML::anchor_t anchor, std::size_t count,
                      bool mergeKey)
{
    if (anchor != 0)
        m_anchors[anchor] = Anchored{node, count};
    if (m_stack.empty()) {
        m_root = std::move(node);
        return;
    }
    Frame &top = m_stack.back();
    top.count += count;
    if (top.node.isSequence()) {
        top.node.items().push_back(std::move(node));
        return;
    }
    if (!top.pendingKey) {
        if (!node.isScalar())
            fail(mark, TreeBuilder::tr("A key must be a plain value, not a list or mapping."));
        top.pendingKey = std::move(node);
        top.pendingIsMerge = mergeKey;
        return;
    }
    if (top.pendingIsMerge) {
        bool mergeable = node.isMapping();
        if (node.isSequence()) {
            mergeable = std::all_of(node.items().begin(), node.items().end(),
                                    [](const Node &n) { return n.isMapping(); });
        }
        if (!mergeable)
            fail(mark,
                 TreeBuilder::tr("Only a mapping or a list of mappings can be merged with '<<'."));
        top.merges.push_back(std::move(node));
    } else {
        insertMember(top.node.members(), top.index, std::move(*top.pendingKey), std::move(node));
    }
    top.pendingKey.reset();
}

Node::Member *TreeBuilder::MemberIndex::find(std::vector<Node::Member> &members, const Node &key)
{
    if (key.isString()) {
        const auto it = m_strings.find(key.text());
        return it == m_strings.end() ? nullptr : &members[it->second];
    }
    for (auto &member : members) {
        if (!member.key.isString() && sameKey(member.key, key))
            return &member;
    }
    return nullptr;
}

void TreeBuilder::MemberIndex::added(const std::vector<Node::Member> &members)
{
    if (members.back().key.isString())
        m_strings.emplace(members.back().key.text(), members.size() - 1);
}

// Python dict semantics: a repeated key keeps its first place and takes the last value.
void TreeBuilder::insertMember(std::vector<Node::Member> &members, MemberIndex &index, Node key,
                               Node value)
{
    if (Node::Member *existing = index.find(members, key)) {
        existing->value = std::move(value);
        return;
    }
    members.push_back({std::move(key), std::move(value)});
    index.added(members);
}

} // namespace Runbench::Models

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "documentreader.h"
#include "error.h"
#include "node.h"
#include "scalarbuilder.h"

#include <QCoreApplication>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <optional>
#include <unordered_map>
#include <vector>

namespace Runbench::Models {

// Builds a Node tree straight from yaml-cpp's parse events (no intermediate node graph):
// anchors and aliases, PyYAML's "<<" merge keys, Python dict semantics for repeated keys, and
// the read limits. The first problem stops the parse by throwing Stop.
class TreeBuilder final : public YAML::EventHandler
{
    Q_DECLARE_TR_FUNCTIONS(TreeBuilder)

public:
    struct Stop
    {
    };

    TreeBuilder(DocumentFormat format, QString source, const ReadLimits &limits,
                const std::vector<std::string> &longScalars);

    const std::optional<Error> &error() const { return m_error; }
    Node takeRoot() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;

private:
    // Finds a mapping's members by key with Python's dict equality; string keys are hashed so
    // huge mappings stay linear.
    class MemberIndex
    {
    public:
        Node::Member *find(std::vector<Node::Member> &members, const Node &key);
        void added(const std::vector<Node::Member> &members);

    private:
        std::unordered_map<std::string, std::size_t> m_strings;
    };

    struct Frame
    {
        Node node;
        YAML::Mark mark;
        YAML::anchor_t anchor = 0;
        std::size_t count = 1; // nodes in this subtree
        std::optional<Node> pendingKey;
        bool pendingIsMerge = false;
        std::vector<Node> merges; // values of "<<" keys, in order
        MemberIndex index;
    };
    struct Anchored
    {
        Node node;
        std::size_t count;
    };

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message);
    void countNodes(const YAML::Mark &mark, std::size_t n);
    void startCollection(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         Node node, const char *expectedTag);
    void add(Node node, const YAML::Mark &mark, YAML::anchor_t anchor, std::size_t count,
             bool mergeKey);
    Node finishMapping(Frame &frame);
    static void insertMember(std::vector<Node::Member> &members, MemberIndex &index, Node key,
                             Node value);
    Node take(Result<Node> result, const YAML::Mark &mark);

    ScalarBuilder m_scalars;
    QString m_source;
    ReadLimits m_limits;
    const std::vector<std::string> &m_longScalars;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    std::size_t m_nodes = 0;
    int m_documents = 0;
    Node m_root;
    std::optional<Error> m_error;
};

} // namespace Runbench::Models

#pragma once

namespace oc::gui {

// What an id help explains (seeds 000 "How to obtain…", 001 "How to get the order number").
enum class HelpTopic
{
    AccountId,
    InstanceId,
    OrderId
};

} // namespace oc::gui

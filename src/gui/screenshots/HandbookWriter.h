#pragma once

#include "GuideWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oc::gui {

// The printable handbook of one language, OUT/<lang>/handbook.pdf (A4, Qt's own PDF
// writer), from what GuideWriter collected (../shared/spec/demo.md, "Screenshots for
// training"; issue 21).
//
// The layout rule, which the tests count on: page 1 is the title page (the guide's title,
// the brand, the language); then ceil(sections / TocEntriesPerPage) pages of contents
// (at least one), each entry with the page its section starts on; then every section
// starts on a new page and has one page per step, its first page carrying its title and
// introduction above the first step (a section without steps has one page of its own).
// A step's picture is scaled to the page width in proportion (smaller when the texts above
// it leave too little room) and never split. Every page's footer has its number, every
// page after the title page a header (the section, or the guide's title, and the brand).
//
// The same content gives the same bytes on every run: no creation date inside, and the
// fonts (the CJK one embedded for Chinese text) are written in a fixed order.
class HandbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandbookWriter)
public:
    static constexpr auto FileName = GuideWriter::HandbookFile;
    static constexpr int Resolution = 300; // dots per inch of the page layout
    static constexpr int TocEntriesPerPage = 24;

    explicit HandbookWriter(GuideContent content);

    int pageCount() const;
    // The 1-based page on which each section starts, in order (as the contents say).
    QList<int> sectionPages() const;

    // Writes `folder`/handbook.pdf; the pictures' paths are relative to `folder`. False
    // with `error` set when a picture cannot be read or the file cannot be written.
    bool write(const QString &folder, QString *error) const;
    // The document itself; empty with `error` set on failure.
    QByteArray render(const QString &folder, QString *error) const;

private:
    int tocPages() const;

    GuideContent m_content;
};

} // namespace oc::gui

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DesksStrip</name>
    <message numerus="yes">
        <location filename="../../confdesk/ui/desks/desks_strip.py" line="42"/>
        <source>%n double entries…</source>
        <translation>
            <numerusform>%n double entry…</numerusform>
            <numerusform>%n double entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJobPanel</name>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/print_job.py" line="138"/>
        <source>%n page(s) sent to {printer}.</source>
        <translation>
            <numerusform>%n page sent to {printer}.</numerusform>
            <numerusform>%n pages sent to {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/print_job.py" line="141"/>
        <source>%n page(s) printed on {printer}.</source>
        <translation>
            <numerusform>%n page printed on {printer}.</numerusform>
            <numerusform>%n pages printed on {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/page.py" line="521"/>
        <source>{count} to print on %n page(s).</source>
        <translation>
            <numerusform>{count} to print on %n page.</numerusform>
            <numerusform>{count} to print on %n pages.</numerusform>
        </translation>
    </message>
</context>
</TS>

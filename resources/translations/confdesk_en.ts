<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PrintPage</name>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/page.py" line="500"/>
        <source>{count} to print on %n page(s).</source>
        <translation>
            <numerusform>{count} to print on %n page.</numerusform>
            <numerusform>{count} to print on %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/page.py" line="579"/>
        <source>Sent to the printer “{printer}”: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer “{printer}”: %n page.</numerusform>
            <numerusform>Sent to the printer “{printer}”: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/page.py" line="581"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
</context>
</TS>

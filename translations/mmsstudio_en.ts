<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Breakdown</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>FrequencyCaps</name>
    <message>
        <source>a cap of 0 would send nothing: give at least 1, or send without caps</source>
        <translation>a cap of 0 would send nothing: give at least 1, or send without caps</translation>
    </message>
    <message>
        <source>a cap is a number of messages from 1 to %1</source>
        <translation>a cap is a number of messages from 1 to %1</translation>
    </message>
    <message>
        <source>one template cannot be allowed more often (%1 a day) than all messages together (%2 a day)</source>
        <translation>one template cannot be allowed more often (%1 a day) than all messages together (%2 a day)</translation>
    </message>
    <message>
        <source>the hourly cap (%1) cannot be above the daily cap (%2)</source>
        <translation>the hourly cap (%1) cannot be above the daily cap (%2)</translation>
    </message>
    <message>
        <source>frequency caps look like 1/10 (the same template a day / all messages a day) or 1/10/2 with an hourly cap (got “%1”)</source>
        <translation>frequency caps look like 1/10 (the same template a day / all messages a day) or 1/10/2 with an hourly cap (got “%1”)</translation>
    </message>
    <message>
        <source>no caps</source>
        <translation>no caps</translation>
    </message>
    <message numerus="yes">
        <source>the same template %n time(s) a day</source>
        <translation>
            <numerusform>the same template %n time a day</numerusform>
            <numerusform>the same template %n times a day</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day in all</source>
        <translation>
            <numerusform>%n message a day in all</numerusform>
            <numerusform>%n messages a day in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n an hour</source>
        <translation>
            <numerusform>%n an hour</numerusform>
            <numerusform>%n an hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already got this template today (frequency cap: %n a day)</source>
        <translation>
            <numerusform>already got this template today (frequency cap: %n a day)</numerusform>
            <numerusform>already got this template today (frequency cap: %n a day)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already got %n message(s) today (frequency cap)</source>
        <translation>
            <numerusform>already got %n message today (frequency cap)</numerusform>
            <numerusform>already got %n messages today (frequency cap)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already got %n message(s) this hour (frequency cap)</source>
        <translation>
            <numerusform>already got %n message this hour (frequency cap)</numerusform>
            <numerusform>already got %n messages this hour (frequency cap)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>The template designer arrives here: storyboard, frames, preview and submission.</source>
        <translation>The template designer arrives here: storyboard, frames, preview and submission.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Recipient import and batch sending arrive here.</source>
        <translation>Recipient import and batch sending arrive here.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Delivery reports, replies and audit results arrive here.</source>
        <translation>Delivery reports, replies and audit results arrive here.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh balance</source>
        <translation>&amp;Refresh balance</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About MMS Studio</source>
        <translation>&amp;About MMS Studio</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no account is open yet</source>
        <translation>no account is open yet</translation>
    </message>
    <message>
        <source>the platform created template %1, but it could not be recorded: %2</source>
        <translation>the platform created template %1, but it could not be recorded: %2</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelled by the user</translation>
    </message>
</context>
<context>
    <name>SendWindow</name>
    <message>
        <source>a sending window looks like 08:00-22:00, or any for no window (got “%1”)</source>
        <translation>a sending window looks like 08:00-22:00, or any for no window (got “%1”)</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: hours go from 00 to 23, minutes from 00 to 59</source>
        <translation>“%1” is not a time of day: hours go from 00 to 23, minutes from 00 to 59</translation>
    </message>
    <message>
        <source>the window “%1” starts when it ends; for no window use any</source>
        <translation>the window “%1” starts when it ends; for no window use any</translation>
    </message>
</context>
<context>
    <name>mms</name>
    <message>
        <source>Carriers</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Carrier (by number segment)</source>
        <translation>Carrier (by number segment)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Hour (China time)</source>
        <translation>Hour (China time)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Delivery rate</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Reply rate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Provinces and cities by number segment</source>
        <translation>Provinces and cities by number segment</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>a preview is saved as .mp4 (the slideshow) or .png (the conversation view)</source>
        <translation>a preview is saved as .mp4 (the slideshow) or .png (the conversation view)</translation>
    </message>
    <message>
        <source>the template has no frame</source>
        <translation>the template has no frame</translation>
    </message>
    <message>
        <source>FFmpeg is not installed (Debian package ffmpeg)</source>
        <translation>FFmpeg is not installed (Debian package ffmpeg)</translation>
    </message>
    <message>
        <source>cannot make a temporary folder</source>
        <translation>cannot make a temporary folder</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>cannot write a temporary file</translation>
    </message>
    <message>
        <source>frame %1 could not be made into video: %2</source>
        <translation>frame %1 could not be made into video: %2</translation>
    </message>
    <message>
        <source>the frames could not be joined: %1</source>
        <translation>the frames could not be joined: %1</translation>
    </message>
</context>
<context>
    <name>mms::AccountManager</name>
    <message>
        <source>the account needs a name</source>
        <translation>the account needs a name</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; is the name of the built-in sandbox account</source>
        <translation>&quot;sandbox&quot; is the name of the built-in sandbox account</translation>
    </message>
    <message>
        <source>the base URL must be an http:// or https:// address, e.g. https://mms.example.com/mms/api/</source>
        <translation>the base URL must be an http:// or https:// address, e.g. https://mms.example.com/mms/api/</translation>
    </message>
    <message>
        <source>userid and username are required</source>
        <translation>userid and username are required</translation>
    </message>
</context>
<context>
    <name>mms::AccountsDialog</name>
    <message>
        <source>Send personalised recipients inline (cont as an array)</source>
        <translation>Send personalised recipients inline (cont as an array)</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;New account</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>&amp;Use this account</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>User&amp;id:</source>
        <translation>User&amp;id:</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>User&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Product id:</source>
        <translation>&amp;Product id:</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Not removed: %1</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Account %1 removed.</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (in use)</translation>
    </message>
    <message>
        <source>sandbox (simulated platform)</source>
        <translation>sandbox (simulated platform)</translation>
    </message>
    <message>
        <source>%1 (simulated platform)</source>
        <translation>%1 (simulated platform)</translation>
    </message>
    <message>
        <source>stored in the keychain; type to change</source>
        <translation>stored in the keychain; type to change</translation>
    </message>
    <message>
        <source>The sandbox is MMS Studio&apos;s own simulated platform: every feature can be tried with it, nothing leaves this computer.</source>
        <translation>The sandbox is MMS Studio&apos;s own simulated platform: every feature can be tried with it, nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Type the account&apos;s password.</source>
        <translation>Type the account&apos;s password.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Account %1 saved.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the password is kept only until MMS Studio closes, and will be asked for again.</source>
        <translation>No keychain is available (%1): the password is kept only until MMS Studio closes, and will be asked for again.</translation>
    </message>
    <message>
        <source>Asking %1 for the balance…</source>
        <translation>Asking %1 for the balance…</translation>
    </message>
    <message>
        <source>Connected: the balance is %1.</source>
        <translation>Connected: the balance is %1.</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>The connection test failed: %1</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Type the password to test the connection.</translation>
    </message>
</context>
<context>
    <name>mms::AudienceStore</name>
    <message>
        <source>there is no audience “%1”</source>
        <translation>there is no audience “%1”</translation>
    </message>
    <message>
        <source>an audience needs a name of 1 to 100 characters</source>
        <translation>an audience needs a name of 1 to 100 characters</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>the import was cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>no valid number in %1: nothing was changed</source>
        <translation>no valid number in %1: nothing was changed</translation>
    </message>
</context>
<context>
    <name>mms::AudiencesDialog</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Add to the audience of that name instead of replacing its members</source>
        <translation>&amp;Add to the audience of that name instead of replacing its members</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>e.g. 会员 2026</source>
        <translation>e.g. 会员 2026</translation>
    </message>
    <message>
        <source>Import a list as an audience</source>
        <translation>Import a list as an audience</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message numerus="yes">
        <source>Audience “%1”: %Ln member(s); %2 rows were not valid numbers, %3 duplicates.</source>
        <translation>
            <numerusform>Audience “%1”: %Ln member; %2 rows were not valid numbers, %3 duplicates.</numerusform>
            <numerusform>Audience “%1”: %Ln members; %2 rows were not valid numbers, %3 duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Cannot read the database: %1</translation>
    </message>
    <message>
        <source>Choose a file with a column of mobile numbers.</source>
        <translation>Choose a file with a column of mobile numbers.</translation>
    </message>
    <message>
        <source>Replace the members of “%1” with the numbers of this file?</source>
        <translation>Replace the members of “%1” with the numbers of this file?</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Remove the audience “%1”? Campaigns made from it keep their recipients.</source>
        <translation>Remove the audience “%1”? Campaigns made from it keep their recipients.</translation>
    </message>
</context>
<context>
    <name>mms::BalanceController</name>
    <message>
        <source>The sandbox platform could not be started: %1</source>
        <translation>The sandbox platform could not be started: %1</translation>
    </message>
    <message>
        <source>The local store could not be opened: %1</source>
        <translation>The local store could not be opened: %1</translation>
    </message>
    <message>
        <source>Balance query failed: %1</source>
        <translation>Balance query failed: %1</translation>
    </message>
    <message>
        <source>Account %1 is not in the store (%2); using the sandbox.</source>
        <translation>Account %1 is not in the store (%2); using the sandbox.</translation>
    </message>
    <message>
        <source>no password is stored for it</source>
        <translation>no password is stored for it</translation>
    </message>
    <message>
        <source>Account %1 cannot be used: %2. Enter its password in Account → Accounts….</source>
        <translation>Account %1 cannot be used: %2. Enter its password in Account → Accounts….</translation>
    </message>
</context>
<context>
    <name>mms::BatchTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Task id</translation>
    </message>
    <message>
        <source>Platform message</source>
        <translation>Platform message</translation>
    </message>
    <message>
        <source>%1 — the platform has reported on %2 of its numbers, so it did arrive: count it as sent</source>
        <translation>%1 — the platform has reported on %2 of its numbers, so it did arrive: count it as sent</translation>
    </message>
    <message>
        <source>Sent from %1 (process %2)</source>
        <translation>Sent from %1 (process %2)</translation>
    </message>
</context>
<context>
    <name>mms::BlocklistImport</name>
    <message>
        <source>more than five million numbers</source>
        <translation>more than five million numbers</translation>
    </message>
</context>
<context>
    <name>mms::BlocklistPanel</name>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Unblock</translation>
    </message>
    <message>
        <source>Und&amp;o unblock</source>
        <translation>Und&amp;o unblock</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>Blocked at</translation>
    </message>
    <message>
        <source>Search by number or reason</source>
        <translation>Search by number or reason</translation>
    </message>
    <message>
        <source>Take the selected numbers off the blocklist: they can be sent to again</source>
        <translation>Take the selected numbers off the blocklist: they can be sent to again</translation>
    </message>
    <message>
        <source>Block every number of a file (Excel, CSV or TXT): a suppression list</source>
        <translation>Block every number of a file (Excel, CSV or TXT): a suppression list</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) back on the blocklist.</source>
        <translation>
            <numerusform>%Ln number back on the blocklist.</numerusform>
            <numerusform>%Ln numbers back on the blocklist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) taken off the blocklist.</source>
        <translation>
            <numerusform>%Ln number taken off the blocklist.</numerusform>
            <numerusform>%Ln numbers taken off the blocklist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Cannot read the database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a suppression list</source>
        <translation>Import a suppression list</translation>
    </message>
    <message>
        <source>No column of mobile numbers found in %1.</source>
        <translation>No column of mobile numbers found in %1.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>imported from %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Could not import %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln number(s) added to the blocklist.</source>
        <translation>
            <numerusform>%1: %Ln number added to the blocklist.</numerusform>
            <numerusform>%1: %Ln numbers added to the blocklist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2 new numbers for the blocklist; %3 are on it already, %4 rows are not valid numbers and %5 are duplicates.</source>
        <translation>%1 holds %2 new numbers for the blocklist; %3 are on it already, %4 rows are not valid numbers and %5 are duplicates.</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>line %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Nothing to add.</translation>
    </message>
    <message>
        <source>Block these %1 numbers?</source>
        <translation>Block these %1 numbers?</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
</context>
<context>
    <name>mms::BreakdownChart</name>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>No results yet</translation>
    </message>
</context>
<context>
    <name>mms::BreakdownTableModel</name>
    <message>
        <source>Carrier (by segment)</source>
        <translation>Carrier (by segment)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Hour (China time)</source>
        <translation>Hour (China time)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Delivery rate</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Reply rate</translation>
    </message>
</context>
<context>
    <name>mms::CallbackReceiver</name>
    <message>
        <source>a push from %1, which is not on the allow-list, was refused</source>
        <translation>a push from %1, which is not on the allow-list, was refused</translation>
    </message>
    <message>
        <source>a push of %1 records to /%2 was refused (at most %3)</source>
        <translation>a push of %1 records to /%2 was refused (at most %3)</translation>
    </message>
</context>
<context>
    <name>mms::CampaignListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Test send</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Waiting for its hours</source>
        <translation>Waiting for its hours</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>mms::CampaignRunner</name>
    <message>
        <source>another campaign is being sent</source>
        <translation>another campaign is being sent</translation>
    </message>
    <message>
        <source>there is no campaign %1</source>
        <translation>there is no campaign %1</translation>
    </message>
    <message>
        <source>campaign %1 is %2 and cannot be sent</source>
        <translation>campaign %1 is %2 and cannot be sent</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>scheduled for %1</translation>
    </message>
    <message>
        <source>the campaign can no longer be read from the store</source>
        <translation>the campaign can no longer be read from the store</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>batches with unknown outcome: %1, rejected: %2; check them</source>
        <translation>batches with unknown outcome: %1, rejected: %2; check them</translation>
    </message>
    <message>
        <source>the store could not record the batch, nothing was sent: %1</source>
        <translation>the store could not record the batch, nothing was sent: %1</translation>
    </message>
    <message>
        <source>the platform could not be reached %1 times: %2</source>
        <translation>the platform could not be reached %1 times: %2</translation>
    </message>
    <message>
        <source>%1 batches in a row have an unknown outcome: %2</source>
        <translation>%1 batches in a row have an unknown outcome: %2</translation>
    </message>
    <message>
        <source>waiting for the sending window %1 (China time): sending goes on at %2. To change it: Sending window… in Campaigns, or mmsctl campaign resume %3 --window HH:MM-HH:MM|any</source>
        <translation>waiting for the sending window %1 (China time): sending goes on at %2. To change it: Sending window… in Campaigns, or mmsctl campaign resume %3 --window HH:MM-HH:MM|any</translation>
    </message>
    <message>
        <source>the campaign can no longer be read from the store: %1</source>
        <translation>the campaign can no longer be read from the store: %1</translation>
    </message>
    <message>
        <source>the batch&apos;s numbers could not be read from the store, nothing was sent: %1</source>
        <translation>the batch&apos;s numbers could not be read from the store, nothing was sent: %1</translation>
    </message>
    <message>
        <source>the batch has none</source>
        <translation>the batch has none</translation>
    </message>
</context>
<context>
    <name>mms::CampaignService</name>
    <message>
        <source>There is no audience “%1”.</source>
        <translation>There is no audience “%1”.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Cannot read the store: %1</translation>
    </message>
</context>
<context>
    <name>mms::CampaignStore</name>
    <message>
        <source>not sent: every number in it had reached a frequency cap</source>
        <translation>not sent: every number in it had reached a frequency cap</translation>
    </message>
</context>
<context>
    <name>mms::CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancel campaign</translation>
    </message>
    <message>
        <source>Send batch again</source>
        <translation>Send batch again</translation>
    </message>
    <message>
        <source>Count batch as sent</source>
        <translation>Count batch as sent</translation>
    </message>
    <message>
        <source>Only if you know this batch did not reach the platform: its recipients would otherwise get the message twice.</source>
        <translation>Only if you know this batch did not reach the platform: its recipients would otherwise get the message twice.</translation>
    </message>
    <message>
        <source>If the platform confirms it received this batch (for example, delivery reports arrive for it).</source>
        <translation>If the platform confirms it received this batch (for example, delivery reports arrive for it).</translation>
    </message>
    <message>
        <source>Batch with unknown outcome:</source>
        <translation>Batch with unknown outcome:</translation>
    </message>
    <message numerus="yes">
        <source>%1 recipients in %n batch(es)</source>
        <translation>
            <numerusform>%1 recipients in %n batch</numerusform>
            <numerusform>%1 recipients in %n batches</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the reports&apos; task?</source>
        <translation>Take the reports&apos; task?</translation>
    </message>
    <message>
        <source>Delivery reports for %1 of this batch&apos;s %2 numbers came under task %3, which this studio did not record. Count the batch as sent and take %3 as its task, so that those reports count for this campaign? Say No to count it as sent without them (for example if you did not expect reports from this platform).</source>
        <translation>Delivery reports for %1 of this batch&apos;s %2 numbers came under task %3, which this studio did not record. Count the batch as sent and take %3 as its task, so that those reports count for this campaign? Say No to count it as sent without them (for example if you did not expect reports from this platform).</translation>
    </message>
    <message>
        <source>&amp;Audiences…</source>
        <translation>&amp;Audiences…</translation>
    </message>
    <message>
        <source>Customer lists kept in the studio, to send to again without their files</source>
        <translation>Customer lists kept in the studio, to send to again without their files</translation>
    </message>
    <message>
        <source>Sending &amp;window…</source>
        <translation>Sending &amp;window…</translation>
    </message>
    <message>
        <source>The hours this campaign may send in; outside them it waits and goes on by itself</source>
        <translation>The hours this campaign may send in; outside them it waits and goes on by itself</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Send a&amp;gain…</translation>
    </message>
    <message>
        <source>A new campaign of those this one did not reach: reported failed, or also no report and never sent</source>
        <translation>A new campaign of those this one did not reach: reported failed, or also no report and never sent</translation>
    </message>
    <message>
        <source>sends at any time</source>
        <translation>sends at any time</translation>
    </message>
    <message>
        <source>sends %1 China time</source>
        <translation>sends %1 China time</translation>
    </message>
    <message>
        <source>Start this campaign?</source>
        <translation>Start this campaign?</translation>
    </message>
    <message>
        <source>frequency caps off for this campaign</source>
        <translation>frequency caps off for this campaign</translation>
    </message>
    <message>
        <source>%1 left out by the frequency caps</source>
        <translation>%1 left out by the frequency caps</translation>
    </message>
    <message>
        <source>“%1” has not been sent yet. Send it now to %2 recipients with template %3? Estimated cost: %4.</source>
        <translation>“%1” has not been sent yet. Send it now to %2 recipients with template %3? Estimated cost: %4.</translation>
    </message>
</context>
<context>
    <name>mms::Carriers</name>
    <message>
        <source>China Mobile</source>
        <translation>China Mobile</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>China Unicom</translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation>China Telecom</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>mms::CharsetDetector</name>
    <message>
        <source>%1 (guessed; the detector said %2)</source>
        <translation>%1 (guessed; the detector said %2)</translation>
    </message>
</context>
<context>
    <name>mms::CheckPanel</name>
    <message>
        <source>Double-click a problem to go to its frame.</source>
        <translation>Double-click a problem to go to its frame.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Request to the platform: %1 (attachments travel as hex, twice their size).</source>
        <translation>Request to the platform: %1 (attachments travel as hex, twice their size).</translation>
    </message>
</context>
<context>
    <name>mms::CompareDialog</name>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Reading the campaigns…</translation>
    </message>
    <message>
        <source>Compare campaigns</source>
        <translation>Compare campaigns</translation>
    </message>
    <message>
        <source>Save c&amp;hart as picture…</source>
        <translation>Save c&amp;hart as picture…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Delivery rate</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Reply rate</translation>
    </message>
    <message>
        <source>Cost per reply</source>
        <translation>Cost per reply</translation>
    </message>
    <message>
        <source>Failed with %1</source>
        <translation>Failed with %1</translation>
    </message>
    <message>
        <source>Failed otherwise</source>
        <translation>Failed otherwise</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>no reply</translation>
    </message>
    <message>
        <source>Delivery rate and reply rate</source>
        <translation>Delivery rate and reply rate</translation>
    </message>
    <message>
        <source>Delivery rate (left axis)</source>
        <translation>Delivery rate (left axis)</translation>
    </message>
    <message>
        <source>Reply rate (right axis)</source>
        <translation>Reply rate (right axis)</translation>
    </message>
    <message>
        <source>Cost per reply: what was sent, at the account&apos;s price, for each recipient who replied.</source>
        <translation>Cost per reply: what was sent, at the account&apos;s price, for each recipient who replied.</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>Save chart as picture</translation>
    </message>
    <message>
        <source>campaigns compared</source>
        <translation>campaigns compared</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Chart saved to %1.</translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>Could not save the chart to %1.</translation>
    </message>
</context>
<context>
    <name>mms::ConversationView</name>
    <message>
        <source>How the recipient&apos;s phone shows it</source>
        <translation>How the recipient&apos;s phone shows it</translation>
    </message>
    <message>
        <source>Android, light</source>
        <translation>Android, light</translation>
    </message>
    <message>
        <source>Android, dark</source>
        <translation>Android, dark</translation>
    </message>
    <message>
        <source>iPhone, light</source>
        <translation>iPhone, light</translation>
    </message>
    <message>
        <source>iPhone, dark</source>
        <translation>iPhone, dark</translation>
    </message>
</context>
<context>
    <name>mms::Database</name>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 is a directory, not a database file</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an MMS Studio database: %2</source>
        <translation>%1 is not an MMS Studio database: %2</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>cannot configure %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/database)</source>
        <translation>%1 is not a PostgreSQL address (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds tables of its own (%2) and is not an MMS Studio database; it was left untouched: give MMS Studio an empty database</source>
        <translation>%1 already holds tables of its own (%2) and is not an MMS Studio database; it was left untouched: give MMS Studio an empty database</translation>
    </message>
</context>
<context>
    <name>mms::DeliveryChart</name>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>No delivery reports yet</source>
        <translation>No delivery reports yet</translation>
    </message>
</context>
<context>
    <name>mms::DesignerPage</name>
    <message>
        <source>MMS Studio templates (*.mmstpl)</source>
        <translation>MMS Studio templates (*.mmstpl)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Subject, e.g. 双十一大促</source>
        <translation>Subject, e.g. 双十一大促</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>Variables and sample values</source>
        <translation>Variables and sample values</translation>
    </message>
    <message>
        <source>Checks and size</source>
        <translation>Checks and size</translation>
    </message>
    <message>
        <source>Fit to budget: shrink the media</source>
        <translation>Fit to budget: shrink the media</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fitting %1…</source>
        <translation>Fitting %1…</translation>
    </message>
    <message>
        <source>Fitting cancelled; the template is as it was.</source>
        <translation>Fitting cancelled; the template is as it was.</translation>
    </message>
    <message>
        <source>The media could not be fitted: %1</source>
        <translation>The media could not be fitted: %1</translation>
    </message>
    <message>
        <source>Everything already fits.</source>
        <translation>Everything already fits.</translation>
    </message>
    <message>
        <source>Fitted %1 of %2 files: %3 → %4. Undo (Ctrl+Z) restores the originals.</source>
        <translation>Fitted %1 of %2 files: %3 → %4. Undo (Ctrl+Z) restores the originals.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Files changed while they were being fitted were left as they are.</source>
        <translation>Files changed while they were being fitted were left as they are.</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;New template</translation>
    </message>
    <message>
        <source>&amp;Open template…</source>
        <translation>&amp;Open template…</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <source>Save template &amp;as…</source>
        <translation>Save template &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Import manifest…</source>
        <translation>&amp;Import manifest…</translation>
    </message>
    <message>
        <source>&amp;Export manifest…</source>
        <translation>&amp;Export manifest…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Add &amp;frame</source>
        <translation>Add &amp;frame</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>Add f&amp;iles…</translation>
    </message>
    <message>
        <source>D&amp;uplicate frame</source>
        <translation>D&amp;uplicate frame</translation>
    </message>
    <message>
        <source>&amp;Delete frame</source>
        <translation>&amp;Delete frame</translation>
    </message>
    <message>
        <source>Move frame &amp;left</source>
        <translation>Move frame &amp;left</translation>
    </message>
    <message>
        <source>Move frame &amp;right</source>
        <translation>Move frame &amp;right</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>Insert &amp;variable</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>&amp;Play preview</translation>
    </message>
    <message>
        <source>Fit to &amp;budget</source>
        <translation>Fit to &amp;budget</translation>
    </message>
    <message>
        <source>Re-encode the videos, pictures and sounds that are too big so the template fits its size limit</source>
        <translation>Re-encode the videos, pictures and sounds that are too big so the template fits its size limit</translation>
    </message>
    <message>
        <source>Su&amp;bmit template</source>
        <translation>Su&amp;bmit template</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Add files to the template</source>
        <translation>Add files to the template</translation>
    </message>
    <message>
        <source>Template media (*.txt *.jpg *.jpeg *.png *.gif *.mp4 *.3gp *.mp3 *.amr *.aac *.m4a *.wav)</source>
        <translation>Template media (*.txt *.jpg *.jpeg *.png *.gif *.mp4 *.3gp *.mp3 *.amr *.aac *.m4a *.wav)</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>Untitled template</translation>
    </message>
    <message>
        <source>%1 frames, %2 s in all</source>
        <translation>%1 frames, %2 s in all</translation>
    </message>
    <message>
        <source>Convert the text to UTF-8?</source>
        <translation>Convert the text to UTF-8?</translation>
    </message>
    <message>
        <source>%1 is written in %2. The platform needs UTF-8 text. Convert it? (The file on disk is not changed.)</source>
        <translation>%1 is written in %2. The platform needs UTF-8 text. Convert it? (The file on disk is not changed.)</translation>
    </message>
    <message>
        <source>%1 was not added: it is not UTF-8 text.</source>
        <translation>%1 was not added: it is not UTF-8 text.</translation>
    </message>
    <message>
        <source>New variable ${%1}</source>
        <translation>New variable ${%1}</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Unsaved template</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>The template &quot;%1&quot; has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>Open template</translation>
    </message>
    <message>
        <source>Could not open the template: %1</source>
        <translation>Could not open the template: %1</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation>Could not save the template: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Import a template manifest</source>
        <translation>Import a template manifest</translation>
    </message>
    <message>
        <source>Template manifests (*.json)</source>
        <translation>Template manifests (*.json)</translation>
    </message>
    <message>
        <source>Could not import %1:
%2</source>
        <translation>Could not import %1:
%2</translation>
    </message>
    <message>
        <source>Imported %1. Save it as a template file to keep it.</source>
        <translation>Imported %1. Save it as a template file to keep it.</translation>
    </message>
    <message>
        <source>Folder for the manifest and its files</source>
        <translation>Folder for the manifest and its files</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <source>Exported template.json and its files to %1.</source>
        <translation>Exported template.json and its files to %1.</translation>
    </message>
    <message>
        <source>Recover unsaved template?</source>
        <translation>Recover unsaved template?</translation>
    </message>
    <message>
        <source>MMS Studio was closed without saving the template &quot;%1&quot;. Recover it?</source>
        <translation>MMS Studio was closed without saving the template &quot;%1&quot;. Recover it?</translation>
    </message>
    <message>
        <source>Recovered the unsaved template. Save it to keep it.</source>
        <translation>Recovered the unsaved template. Save it to keep it.</translation>
    </message>
    <message>
        <source>Looking at the media…</source>
        <translation>Looking at the media…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>mms::DraftImport</name>
    <message>
        <source>The template uses %1 with no value: choose a column for each.</source>
        <translation>The template uses %1 with no value: choose a column for each.</translation>
    </message>
    <message>
        <source>Cannot read the blocklist: %1</source>
        <translation>Cannot read the blocklist: %1</translation>
    </message>
    <message>
        <source>Cannot create the campaign: %1</source>
        <translation>Cannot create the campaign: %1</translation>
    </message>
    <message>
        <source>Cannot write the recipients: %1</source>
        <translation>Cannot write the recipients: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>The import was cancelled; nothing was kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have an empty variable value: fill them in the file, or leave them out.</source>
        <translation>
            <numerusform>%n row has an empty variable value: fill it in the file, or leave it out.</numerusform>
            <numerusform>%n rows have an empty variable value: fill them in the file, or leave them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid recipients: check the number column.</source>
        <translation>No valid recipients: check the number column.</translation>
    </message>
    <message>
        <source>There is no audience “%1”.</source>
        <translation>There is no audience “%1”.</translation>
    </message>
    <message>
        <source>Cannot read the audience: %1</source>
        <translation>Cannot read the audience: %1</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s recipients: %1</source>
        <translation>Cannot read the campaign&apos;s recipients: %1</translation>
    </message>
    <message>
        <source>Nobody to send to again: the campaign reached everyone in that choice, or they are on the blocklist now.</source>
        <translation>Nobody to send to again: the campaign reached everyone in that choice, or they are on the blocklist now.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>There is no campaign %1.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>%1 (again: failed)</source>
        <translation>%1 (again: failed)</translation>
    </message>
    <message>
        <source>%1 (again: unreached)</source>
        <translation>%1 (again: unreached)</translation>
    </message>
    <message>
        <source>No recipients on the carriers chosen: choose more of them.</source>
        <translation>No recipients on the carriers chosen: choose more of them.</translation>
    </message>
    <message>
        <source>Cannot read what was sent today: %1</source>
        <translation>Cannot read what was sent today: %1</translation>
    </message>
    <message>
        <source>Nobody to send to: every number already got what the frequency caps allow today (Preferences → Frequency caps per number; mmsctl send --ignore-caps for one send).</source>
        <translation>Nobody to send to: every number already got what the frequency caps allow today (Preferences → Frequency caps per number; mmsctl send --ignore-caps for one send).</translation>
    </message>
    <message>
        <source>Cannot read the earlier sends: %1</source>
        <translation>Cannot read the earlier sends: %1</translation>
    </message>
    <message>
        <source>Nobody to send to: no member of the audience is in the segment chosen (%1).</source>
        <translation>Nobody to send to: no member of the audience is in the segment chosen (%1).</translation>
    </message>
</context>
<context>
    <name>mms::FileFormat</name>
    <message>
        <source>is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again</source>
        <translation>is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again</translation>
    </message>
    <message>
        <source>is an Excel 97–2003 workbook (.xls); in Excel use Save As → Excel Workbook (.xlsx) or CSV</source>
        <translation>is an Excel 97–2003 workbook (.xls); in Excel use Save As → Excel Workbook (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>is a Word document, not a list of recipients</source>
        <translation>is a Word document, not a list of recipients</translation>
    </message>
    <message>
        <source>is an old Office file; save it from Excel as an Excel Workbook (.xlsx) or CSV</source>
        <translation>is an old Office file; save it from Excel as an Excel Workbook (.xlsx) or CSV</translation>
    </message>
</context>
<context>
    <name>mms::FrameEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Unsupported</translation>
    </message>
    <message>
        <source>Fit to &amp;video</source>
        <translation>Fit to &amp;video</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>New &amp;text</source>
        <translation>New &amp;text</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fit to budget</source>
        <translation>Fit to budget</translation>
    </message>
    <message>
        <source>Make the frame last as long as its video</source>
        <translation>Make the frame last as long as its video</translation>
    </message>
    <message>
        <source>Re-encode this file to its share of the template&apos;s size limit</source>
        <translation>Re-encode this file to its share of the template&apos;s size limit</translation>
    </message>
    <message>
        <source>Type the message; Ctrl+Shift+I inserts a variable such as ${Text1}.</source>
        <translation>Type the message; Ctrl+Shift+I inserts a variable such as ${Text1}.</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Frame %1 of %2</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>No frames yet</translation>
    </message>
    <message>
        <source>No frame selected</source>
        <translation>No frame selected</translation>
    </message>
    <message>
        <source>Fit to video (%1 s)</source>
        <translation>Fit to video (%1 s)</translation>
    </message>
    <message>
        <source>Drop files here to add them to this frame, or write a new text.</source>
        <translation>Drop files here to add them to this frame, or write a new text.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation>Insert variable…</translation>
    </message>
    <message>
        <source>Fit to &amp;audio</source>
        <translation>Fit to &amp;audio</translation>
    </message>
    <message>
        <source>Make the frame last as long as its sound</source>
        <translation>Make the frame last as long as its sound</translation>
    </message>
    <message>
        <source>Fit to audio (%1 s)</source>
        <translation>Fit to audio (%1 s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the phone shows this frame, in seconds</source>
        <translation>How long the phone shows this frame, in seconds</translation>
    </message>
    <message>
        <source>exactly %1 ms</source>
        <translation>exactly %1 ms</translation>
    </message>
</context>
<context>
    <name>mms::FrequencyCapsEdit</name>
    <message>
        <source>The same template at most</source>
        <translation>The same template at most</translation>
    </message>
    <message>
        <source>Aliyun allows one template once a day per number and 10 messages a day; JD Cloud 20 a day. A send reported failed does not count; test sends neither count nor are capped.</source>
        <translation>Aliyun allows one template once a day per number and 10 messages a day; JD Cloud 20 a day. A send reported failed does not count; test sends neither count nor are capped.</translation>
    </message>
    <message>
        <source>No caps: a number may get any number of messages a day. The platforms may refuse or block what exceeds theirs.</source>
        <translation>No caps: a number may get any number of messages a day. The platforms may refuse or block what exceeds theirs.</translation>
    </message>
    <message>
        <source>Per number, China time; a send reported failed does not count. Numbers over a cap are left out and counted.</source>
        <translation>Per number, China time; a send reported failed does not count. Numbers over a cap are left out and counted.</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> a day</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>at most </translation>
    </message>
    <message>
        <source> an hour</source>
        <translation> an hour</translation>
    </message>
    <message>
        <source>no hourly cap</source>
        <translation>no hourly cap</translation>
    </message>
    <message>
        <source>; all messages at most</source>
        <translation>; all messages at most</translation>
    </message>
    <message>
        <source>;</source>
        <comment>between the daily and the hourly cap</comment>
        <translation>;</translation>
    </message>
</context>
<context>
    <name>mms::HttpExchange</name>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>unsupported URL scheme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS is not available on this system</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP</source>
        <translation>the server&apos;s answer is not HTTP</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 MB</source>
        <translation>the server&apos;s answer is larger than %1 MB</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the answer</source>
        <translation>the connection closed in the middle of the answer</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>the server closed the connection without answering</translation>
    </message>
</context>
<context>
    <name>mms::InboxPanel</name>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Opt-&amp;out words only</source>
        <translation>Opt-&amp;out words only</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Add sender to the &amp;blocklist</source>
        <translation>Add sender to the &amp;blocklist</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;port…</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>Search the replies</source>
        <translation>Search the replies</translation>
    </message>
    <message>
        <source>Blocked or not</source>
        <translation>Blocked or not</translation>
    </message>
    <message>
        <source>Blocked senders</source>
        <translation>Blocked senders</translation>
    </message>
    <message>
        <source>Not blocked</source>
        <translation>Not blocked</translation>
    </message>
    <message>
        <source>Numbers on the blocklist are left out of every later send (for replies such as TD, 退订, T).</source>
        <translation>Numbers on the blocklist are left out of every later send (for replies such as TD, 退订, T).</translation>
    </message>
    <message>
        <source>Save the replies shown for Excel (.xlsx or CSV)</source>
        <translation>Save the replies shown for Excel (.xlsx or CSV)</translation>
    </message>
    <message>
        <source>Replies from this day on (the platform&apos;s China time)</source>
        <translation>Replies from this day on (the platform&apos;s China time)</translation>
    </message>
    <message>
        <source>Replies up to this day</source>
        <translation>Replies up to this day</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Cannot read the database: %1</translation>
    </message>
    <message>
        <source>replied &quot;%1&quot;</source>
        <translation>replied &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>Only replies that are one of: %1</source>
        <translation>Only replies that are one of: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mms::MainWindow</name>
    <message>
        <source>Starting the sandbox platform…</source>
        <translation>Starting the sandbox platform…</translation>
    </message>
    <message>
        <source>Balance: —</source>
        <translation>Balance: —</translation>
    </message>
    <message>
        <source>Sandbox account %1 (simulated platform)</source>
        <translation>Sandbox account %1 (simulated platform)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>Receiver: %1</source>
        <translation>Receiver: %1</translation>
    </message>
    <message>
        <source>Template %1 approved by %2</source>
        <translation>Template %1 approved by %2</translation>
    </message>
    <message>
        <source>Template %1 rejected by %2</source>
        <translation>Template %1 rejected by %2</translation>
    </message>
    <message>
        <source>&amp;Designer</source>
        <translation>&amp;Designer</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>Template %1 cannot be opened: %2</source>
        <translation>Template %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>New version of template %1; submit it to create the new version.</source>
        <translation>New version of template %1; submit it to create the new version.</translation>
    </message>
    <message>
        <source>%1 — MMS Studio</source>
        <translation>%1 — MMS Studio</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>The language changes when MMS Studio starts again. 重新启动后切换语言。</source>
        <translation>The language changes when MMS Studio starts again. 重新启动后切换语言。</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>A campaign is being sent: pause it or let it finish before switching accounts.</source>
        <translation>A campaign is being sent: pause it or let it finish before switching accounts.</translation>
    </message>
    <message>
        <source>Connecting to account %1…</source>
        <translation>Connecting to account %1…</translation>
    </message>
    <message>
        <source>Account %1: password needed</source>
        <translation>Account %1: password needed</translation>
    </message>
    <message>
        <source>The balance (%1) is below %2: top up before the next campaign.</source>
        <translation>The balance (%1) is below %2: top up before the next campaign.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>A campaign is being sent</source>
        <translation>A campaign is being sent</translation>
    </message>
    <message>
        <source>A campaign is being sent. Pause it and close once the platform has answered the batch being sent? (Resume it from the Campaigns area later.)</source>
        <translation>A campaign is being sent. Pause it and close once the platform has answered the batch being sent? (Resume it from the Campaigns area later.)</translation>
    </message>
    <message>
        <source>Pausing: waiting for the platform&apos;s answer to the batch being sent…</source>
        <translation>Pausing: waiting for the platform&apos;s answer to the batch being sent…</translation>
    </message>
    <message>
        <source>Live updates from the team store paused: %1</source>
        <translation>Live updates from the team store paused: %1</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>&amp;Workspaces…</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Local store</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>A campaign is being sent: pause it or let it finish before switching workspaces.</source>
        <translation>A campaign is being sent: pause it or let it finish before switching workspaces.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; a simulated platform. Nothing is really sent and nothing is charged.</source>
        <translation>&lt;b&gt;Sandbox:&lt;/b&gt; a simulated platform. Nothing is really sent and nothing is charged.</translation>
    </message>
    <message>
        <source>Sample template</source>
        <translation>Sample template</translation>
    </message>
    <message>
        <source>Open a sample template in the designer, to preview and submit it</source>
        <translation>Open a sample template in the designer, to preview and submit it</translation>
    </message>
    <message>
        <source>Sample campaign…</source>
        <translation>Sample campaign…</translation>
    </message>
    <message>
        <source>Start a new campaign with a sample recipients file</source>
        <translation>Start a new campaign with a sample recipients file</translation>
    </message>
    <message>
        <source>sample template.mmstpl</source>
        <translation>sample template.mmstpl</translation>
    </message>
    <message>
        <source>sample recipients.csv</source>
        <translation>sample recipients.csv</translation>
    </message>
    <message>
        <source>Could not copy the sample to %1.</source>
        <translation>Could not copy the sample to %1.</translation>
    </message>
</context>
<context>
    <name>mms::MediaProbe</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder; drop the files inside it instead.</source>
        <translation>%1 is a folder; drop the files inside it instead.</translation>
    </message>
    <message>
        <source>%1: .%2 files cannot go in a template. Use text (txt), images (jpg, png, gif), video (mp4, 3gp) or audio (mp3, amr, aac, m4a, wav).</source>
        <translation>%1: .%2 files cannot go in a template. Use text (txt), images (jpg, png, gif), video (mp4, 3gp) or audio (mp3, amr, aac, m4a, wav).</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 is empty (0 bytes).</translation>
    </message>
    <message>
        <source>%1 is %2: files over %3 are not accepted, and a whole template may hold at most 1.9 MB. Shorten it first.</source>
        <translation>%1 is %2: files over %3 are not accepted, and a whole template may hold at most 1.9 MB. Shorten it first.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 could not be read completely.</source>
        <translation>%1 could not be read completely.</translation>
    </message>
    <message>
        <source>%1 is not really a %2 file (its content does not match its name); was it renamed?</source>
        <translation>%1 is not really a %2 file (its content does not match its name); was it renamed?</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text and its encoding is unknown.</source>
        <translation>%1 is not UTF-8 text and its encoding is unknown.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text and could not be read as %2.</source>
        <translation>%1 is not UTF-8 text and could not be read as %2.</translation>
    </message>
</context>
<context>
    <name>mms::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>mms::MmsTemplate</name>
    <message>
        <source>an attachment has no name</source>
        <translation>an attachment has no name</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1…&quot; is too long</source>
        <translation>the attachment name &quot;%1…&quot; is too long</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; holds a control character</source>
        <translation>the attachment name &quot;%1&quot; holds a control character</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; is a path, not a file name</source>
        <translation>the attachment name &quot;%1&quot; is a path, not a file name</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; ends with a dot or a space</source>
        <translation>the attachment name &quot;%1&quot; ends with a dot or a space</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; is reserved by Windows</source>
        <translation>the attachment name &quot;%1&quot; is reserved by Windows</translation>
    </message>
</context>
<context>
    <name>mms::NewCampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>The test could not be recorded: %1</source>
        <translation>The test could not be recorded: %1</translation>
    </message>
    <message>
        <source>Test send started (campaign %1); follow it in the Campaigns list.</source>
        <translation>Test send started (campaign %1); follow it in the Campaigns list.</translation>
    </message>
    <message>
        <source>Template and recipients</source>
        <translation>Template and recipients</translation>
    </message>
    <message>
        <source>mmsid</source>
        <translation>mmsid</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Recipients file:</source>
        <translation>&amp;Recipients file:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Say which column holds the mobile numbers and which columns fill the template&apos;s variables.</source>
        <translation>Say which column holds the mobile numbers and which columns fill the template&apos;s variables.</translation>
    </message>
    <message>
        <source>Leave out rows with an empty variable value (otherwise they stop the send)</source>
        <translation>Leave out rows with an empty variable value (otherwise they stop the send)</translation>
    </message>
    <message>
        <source>&amp;Mobile numbers in:</source>
        <translation>&amp;Mobile numbers in:</translation>
    </message>
    <message>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>e.g. two colleagues: 13800138000, 13900139000</source>
        <translation>e.g. two colleagues: 13800138000, 13900139000</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Send test</translation>
    </message>
    <message>
        <source>Test first:</source>
        <translation>Test first:</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Start at</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Reading and checking the recipients…</source>
        <translation>Reading and checking the recipients…</translation>
    </message>
    <message>
        <source>The template uses %1: choose a column for each.</source>
        <translation>The template uses %1: choose a column for each.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>The import was cancelled; nothing was kept.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients&lt;/b&gt; ready to send. Rows read: %2; invalid: %3; duplicates removed: %4; on the blocklist: %5.</source>
        <translation>&lt;b&gt;%1 recipients&lt;/b&gt; ready to send. Rows read: %2; invalid: %3; duplicates removed: %4; on the blocklist: %5.</translation>
    </message>
    <message>
        <source>By carrier: %1.</source>
        <translation>By carrier: %1.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>not yet approved</source>
        <translation>not yet approved</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The balance is not enough: the campaign will pause when it runs out.</source>
        <translation>The balance is not enough: the campaign will pause when it runs out.</translation>
    </message>
    <message>
        <source>%1 rows have an empty variable value. Fill them in the file, or go back and choose to leave them out.</source>
        <translation>%1 rows have an empty variable value. Fill them in the file, or go back and choose to leave them out.</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Save problem rows</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 problem rows to %2.</source>
        <translation>Saved %1 problem rows to %2.</translation>
    </message>
    <message>
        <source>Type one or more mobile numbers for the test.</source>
        <translation>Type one or more mobile numbers for the test.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Not valid: %1</translation>
    </message>
    <message>
        <source>A test goes to at most 20 numbers.</source>
        <translation>A test goes to at most 20 numbers.</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message>
        <source>That time has passed: the campaign starts at once.</source>
        <translation>That time has passed: the campaign starts at once.</translation>
    </message>
    <message>
        <source>Outside 08:00–22:00 China time: carriers may hold or refuse bulk sends then.</source>
        <translation>Outside 08:00–22:00 China time: carriers may hold or refuse bulk sends then.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This send costs about %1; the account has %2.</source>
        <translation>This send costs about %1; the account has %2.</translation>
    </message>
    <message>
        <source>Choose an approved template and the file of recipients: an Excel workbook, CSV (GBK or UTF-8) or TXT with one number a line.</source>
        <translation>Choose an approved template and the file of recipients: an Excel workbook, CSV (GBK or UTF-8) or TXT with one number a line.</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>Save problem rows…</translation>
    </message>
    <message>
        <source>problem-rows</source>
        <translation>problem-rows</translation>
    </message>
    <message>
        <source>audience: %1</source>
        <translation>audience: %1</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>A file</translation>
    </message>
    <message>
        <source>Also &amp;keep this list as an audience named:</source>
        <translation>Also &amp;keep this list as an audience named:</translation>
    </message>
    <message>
        <source>e.g. 会员 2026</source>
        <translation>e.g. 会员 2026</translation>
    </message>
    <message>
        <source>Recipients &amp;from:</source>
        <translation>Recipients &amp;from:</translation>
    </message>
    <message>
        <source>Reading the audience…</source>
        <translation>Reading the audience…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s); columns: %1.</source>
        <translation>
            <numerusform>%Ln member; columns: %1.</numerusform>
            <numerusform>%Ln members; columns: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience “%1” (%2)</source>
        <translation>Audience “%1” (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Kept as the audience “%1” (%Ln member(s)).</source>
        <translation>
            <numerusform>Kept as the audience “%1” (%Ln member).</numerusform>
            <numerusform>Kept as the audience “%1” (%Ln members).</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was not kept as an audience: %1</source>
        <translation>The list was not kept as an audience: %1</translation>
    </message>
    <message>
        <source>An audience “%1” exists: replace its members with this file&apos;s?</source>
        <translation>An audience “%1” exists: replace its members with this file&apos;s?</translation>
    </message>
    <message>
        <source>Outside the sending window: it waits until %1 China time.</source>
        <translation>Outside the sending window: it waits until %1 China time.</translation>
    </message>
    <message>
        <source>Send to (by number):</source>
        <translation>Send to (by number):</translation>
    </message>
    <message>
        <source>Left out, on carriers not chosen: %1.</source>
        <translation>Left out, on carriers not chosen: %1.</translation>
    </message>
    <message>
        <source>%1 recipients are on %2, which has %3 this template: they will not receive it (go back to Columns to leave them out).</source>
        <translation>%1 recipients are on %2, which has %3 this template: they will not receive it (go back to Columns to leave them out).</translation>
    </message>
    <message>
        <source> (approved)</source>
        <translation> (approved)</translation>
    </message>
    <message>
        <source> (rejected)</source>
        <translation> (rejected)</translation>
    </message>
    <message>
        <source> (not yet approved)</source>
        <translation> (not yet approved)</translation>
    </message>
    <message>
        <source>Left out, they already got what the frequency caps allow today: %1 (Preferences).</source>
        <translation>Left out, they already got what the frequency caps allow today: %1 (Preferences).</translation>
    </message>
    <message>
        <source>Send from %1</source>
        <translation>Send from %1</translation>
    </message>
    <message>
        <source>What became of the messages sent to each member before, across this account&apos;s campaigns</source>
        <translation>What became of the messages sent to each member before, across this account&apos;s campaigns</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Send to:</translation>
    </message>
</context>
<context>
    <name>mms::NumberSegments</name>
    <message>
        <source>Cannot keep a copy of %1 in %2.</source>
        <translation>Cannot keep a copy of %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a number-segment table (at most 64 MB).</source>
        <translation>%1 is too large for a number-segment table (at most 64 MB).</translation>
    </message>
    <message>
        <source>%1 is not text in %2.</source>
        <translation>%1 is not text in %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2: &quot;%3&quot; is not a seven-digit number segment (the columns are: segment, province, city, carrier).</source>
        <translation>Line %1 of %2: &quot;%3&quot; is not a seven-digit number segment (the columns are: segment, province, city, carrier).</translation>
    </message>
    <message>
        <source>Line %1 of %2: segment %3 needs a province (the columns are: segment, province, city, carrier).</source>
        <translation>Line %1 of %2: segment %3 needs a province (the columns are: segment, province, city, carrier).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a province or city name longer than 32 characters.</source>
        <translation>Line %1 of %2: a province or city name longer than 32 characters.</translation>
    </message>
    <message>
        <source>%1 names more than 60,000 cities.</source>
        <translation>%1 names more than 60,000 cities.</translation>
    </message>
    <message>
        <source>%1 holds no number segment (the columns are: segment, province, city, carrier).</source>
        <translation>%1 holds no number segment (the columns are: segment, province, city, carrier).</translation>
    </message>
</context>
<context>
    <name>mms::NumberSegmentsEdit</name>
    <message>
        <source>&amp;Load a newer table…</source>
        <translation>&amp;Load a newer table…</translation>
    </message>
    <message>
        <source>B&amp;uilt-in only</source>
        <translation>B&amp;uilt-in only</translation>
    </message>
    <message>
        <source>A CSV of segment, province, city, carrier (e.g. 1380013,北京,北京,移动): its segments take its province and city, the others keep the built-in table&apos;s. Used at once, by mmsctl too.</source>
        <translation>A CSV of segment, province, city, carrier (e.g. 1380013,北京,北京,移动): its segments take its province and city, the others keep the built-in table&apos;s. Used at once, by mmsctl too.</translation>
    </message>
    <message>
        <source>A newer table over the built-in one (%1 segments known)</source>
        <translation>A newer table over the built-in one (%1 segments known)</translation>
    </message>
    <message>
        <source>Built-in (query-mobile-phone-area 1.0.6, as of 2015)</source>
        <translation>Built-in (query-mobile-phone-area 1.0.6, as of 2015)</translation>
    </message>
    <message>
        <source>Load a number-segment table</source>
        <translation>Load a number-segment table</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt);;All files (*)</source>
        <translation>Tables (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 segments loaded.</source>
        <translation>%1 segments loaded.</translation>
    </message>
    <message>
        <source>The built-in table is used again.</source>
        <translation>The built-in table is used again.</translation>
    </message>
</context>
<context>
    <name>mms::PastOutcomes</name>
    <message>
        <source>Every member</source>
        <translation>Every member</translation>
    </message>
    <message>
        <source>Members an earlier message reached</source>
        <translation>Members an earlier message reached</translation>
    </message>
    <message>
        <source>Members never reached (reported failed)</source>
        <translation>Members never reached (reported failed)</translation>
    </message>
    <message>
        <source>Members who replied</source>
        <translation>Members who replied</translation>
    </message>
    <message>
        <source>Members never sent to</source>
        <translation>Members never sent to</translation>
    </message>
</context>
<context>
    <name>mms::PlatformCall</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>could not connect to the platform within %1 s; nothing was sent</source>
        <translation>could not connect to the platform within %1 s; nothing was sent</translation>
    </message>
    <message>
        <source>could not reach the platform (%1); nothing was sent</source>
        <translation>could not reach the platform (%1); nothing was sent</translation>
    </message>
    <message>
        <source>no answer from the platform within %1 s; the request may have arrived</source>
        <translation>no answer from the platform within %1 s; the request may have arrived</translation>
    </message>
    <message>
        <source>the connection failed (%1); the request may have arrived</source>
        <translation>the connection failed (%1); the request may have arrived</translation>
    </message>
    <message>
        <source>the platform answered HTTP %1; the request may have been processed</source>
        <translation>the platform answered HTTP %1; the request may have been processed</translation>
    </message>
    <message>
        <source>%1; the request may have been processed</source>
        <translation>%1; the request may have been processed</translation>
    </message>
</context>
<context>
    <name>mms::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requests/s</translation>
    </message>
    <message>
        <source>Each request carries up to 1000 numbers. Ask the platform&apos;s operator for its limit.</source>
        <translation>Each request carries up to 1000 numbers. Ask the platform&apos;s operator for its limit.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>Balance and sending</source>
        <translation>Balance and sending</translation>
    </message>
    <message>
        <source>Warn when the balance is below:</source>
        <translation>Warn when the balance is below:</translation>
    </message>
    <message>
        <source>Sending speed:</source>
        <translation>Sending speed:</translation>
    </message>
    <message>
        <source>Where the platform pushes audits, delivery reports and replies</source>
        <translation>Where the platform pushes audits, delivery reports and replies</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>Listen on address:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>URLs for the platform:</source>
        <translation>URLs for the platform:</translation>
    </message>
    <message>
        <source>&amp;Test the URLs</source>
        <translation>&amp;Test the URLs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; is not an IP address.</translation>
    </message>
    <message>
        <source>(the receiver is not listening)</source>
        <translation>(the receiver is not listening)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>All three URLs answer.</source>
        <translation>All three URLs answer.</translation>
    </message>
    <message>
        <source>Not answering: %1</source>
        <translation>Not answering: %1</translation>
    </message>
    <message>
        <source>Put the sender on the blocklist when a reply is only:</source>
        <translation>Put the sender on the blocklist when a reply is only:</translation>
    </message>
    <message>
        <source>Words separated by commas; a reply matches when it is exactly one of them, in any case and with spaces around.</source>
        <translation>Words separated by commas; a reply matches when it is exactly one of them, in any case and with spaces around.</translation>
    </message>
    <message>
        <source>Opt-out words:</source>
        <translation>Opt-out words:</translation>
    </message>
    <message>
        <source>The platform answers a bare number; ask its operator whether it counts messages or yuan.</source>
        <translation>The platform answers a bare number; ask its operator whether it counts messages or yuan.</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source> per message</source>
        <translation> per message</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> recipients</translation>
    </message>
    <message>
        <source>From this many recipients on, the confirmation before a send asks you to type their number.</source>
        <translation>From this many recipients on, the confirmation before a send asks you to type their number.</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>the sandbox</translation>
    </message>
    <message>
        <source>Balance of %1 counts:</source>
        <translation>Balance of %1 counts:</translation>
    </message>
    <message>
        <source>Type the count to confirm sends from:</source>
        <translation>Type the count to confirm sends from:</translation>
    </message>
    <message>
        <source>127.0.0.1: only this computer (the sandbox); 0.0.0.0: every network, for a real platform (then a strong secret path is required)</source>
        <translation>127.0.0.1: only this computer (the sandbox); 0.0.0.0: every network, for a real platform (then a strong secret path is required)</translation>
    </message>
    <message>
        <source>a long random secret: Generate makes one</source>
        <translation>a long random secret: Generate makes one</translation>
    </message>
    <message>
        <source>The platform&apos;s pushes carry no password: this secret path is the receiver&apos;s. Beyond this computer it must be at least %1 random characters.</source>
        <translation>The platform&apos;s pushes carry no password: this secret path is the receiver&apos;s. Beyond this computer it must be at least %1 random characters.</translation>
    </message>
    <message>
        <source>any address; or the platform&apos;s, e.g. 203.0.113.0/24</source>
        <translation>any address; or the platform&apos;s, e.g. 203.0.113.0/24</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Secret path:</source>
        <translation>Secret path:</translation>
    </message>
    <message>
        <source>Only from:</source>
        <translation>Only from:</translation>
    </message>
    <message>
        <source> numbers a push</source>
        <translation> numbers a push</translation>
    </message>
    <message>
        <source>The platform&apos;s pushes carry no password: a forged push could otherwise put a whole customer list on the blocklist.</source>
        <translation>The platform&apos;s pushes carry no password: a forged push could otherwise put a whole customer list on the blocklist.</translation>
    </message>
    <message>
        <source>Block at most:</source>
        <translation>Block at most:</translation>
    </message>
    <message>
        <source>New campaigns of %1 start with this window; each campaign can change its own.</source>
        <translation>New campaigns of %1 start with this window; each campaign can change its own.</translation>
    </message>
    <message>
        <source>Sending window of new campaigns:</source>
        <translation>Sending window of new campaigns:</translation>
    </message>
    <message>
        <source>Frequency caps per number:</source>
        <translation>Frequency caps per number:</translation>
    </message>
    <message>
        <source>Number segments (province, city):</source>
        <translation>Number segments (province, city):</translation>
    </message>
</context>
<context>
    <name>mms::PreviewExportBar</name>
    <message>
        <source>E&amp;xport preview…</source>
        <translation>E&amp;xport preview…</translation>
    </message>
    <message>
        <source>Save the template as a video of the slideshow (MP4) or a picture of the message (PNG), with the sample values, to send to whoever approves it</source>
        <translation>Save the template as a video of the slideshow (MP4) or a picture of the message (PNG), with the sample values, to send to whoever approves it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Preview cancelled: %1 was not written.</source>
        <translation>Preview cancelled: %1 was not written.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <source>Preview saved to %1: it carries a &quot;预览&quot; mark, so nobody takes it for a message sent.</source>
        <translation>Preview saved to %1: it carries a &quot;预览&quot; mark, so nobody takes it for a message sent.</translation>
    </message>
    <message>
        <source>Add a frame first: there is nothing to preview.</source>
        <translation>Add a frame first: there is nothing to preview.</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>%1 preview</translation>
    </message>
    <message>
        <source>Video of the slideshow (*.mp4)</source>
        <translation>Video of the slideshow (*.mp4)</translation>
    </message>
    <message>
        <source>Picture of the message (*.png)</source>
        <translation>Picture of the message (*.png)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Export preview</translation>
    </message>
    <message>
        <source>Making the preview %1…</source>
        <translation>Making the preview %1…</translation>
    </message>
</context>
<context>
    <name>mms::PreviewPlayer</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Play / pause (Space)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Previous frame</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Next frame</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>no frames</source>
        <translation>no frames</translation>
    </message>
    <message>
        <source>Frame %1/%2  %3 / %4</source>
        <translation>Frame %1/%2  %3 / %4</translation>
    </message>
    <message>
        <source>♪ %1 (%2 s) — this computer has no sound output: it is not heard here, the phone plays it</source>
        <translation>♪ %1 (%2 s) — this computer has no sound output: it is not heard here, the phone plays it</translation>
    </message>
    <message>
        <source>♪ %1 (%2 s)</source>
        <translation>♪ %1 (%2 s)</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Slideshow</translation>
    </message>
    <message>
        <source>The message as it plays once opened, frame after frame</source>
        <translation>The message as it plays once opened, frame after frame</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The message as the messaging app lists it, before it is opened</source>
        <translation>The message as the messaging app lists it, before it is opened</translation>
    </message>
</context>
<context>
    <name>mms::ReceiverAccess</name>
    <message>
        <source>the secret may hold letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>the secret may hold letters, digits, &apos;-&apos; and &apos;_&apos; only</translation>
    </message>
    <message>
        <source>the secret must be at least %1 characters long (it is %2)</source>
        <translation>the secret must be at least %1 characters long (it is %2)</translation>
    </message>
    <message>
        <source>the secret is an example everyone knows; generate one</source>
        <translation>the secret is an example everyone knows; generate one</translation>
    </message>
    <message>
        <source>the secret repeats too few characters (%1 different); generate one</source>
        <translation>the secret repeats too few characters (%1 different); generate one</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this computer) needs a secret path: anyone who finds the port could post fake reports and replies</source>
        <translation>listening on %1 (beyond this computer) needs a secret path: anyone who finds the port could post fake reports and replies</translation>
    </message>
    <message>
        <source>listening on %1 needs a strong secret path: %2</source>
        <translation>listening on %1 needs a strong secret path: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or a network such as 203.0.113.0/24</source>
        <translation>&quot;%1&quot; is not an address or a network such as 203.0.113.0/24</translation>
    </message>
</context>
<context>
    <name>mms::ReceiverService</name>
    <message>
        <source>The receiver cannot listen on %1:%2 (is the port in use?)</source>
        <translation>The receiver cannot listen on %1:%2 (is the port in use?)</translation>
    </message>
</context>
<context>
    <name>mms::RecipientFile</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 is empty (0 bytes)</translation>
    </message>
    <message>
        <source>%1 is not a text file (CSV or TXT); in Excel use Save As → CSV</source>
        <translation>%1 is not a text file (CSV or TXT); in Excel use Save As → CSV</translation>
    </message>
    <message>
        <source>%1 holds no rows</source>
        <translation>%1 holds no rows</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are: %3</source>
        <translation>%1 has no sheet “%2”; its sheets are: %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>sheet “%1” of %2 holds no rows</source>
        <translation>sheet “%1” of %2 holds no rows</translation>
    </message>
    <message>
        <source>unknown encoding %1 (choose UTF-8, GB18030, UTF-16LE or UTF-16BE)</source>
        <translation>unknown encoding %1 (choose UTF-8, GB18030, UTF-16LE or UTF-16BE)</translation>
    </message>
</context>
<context>
    <name>mms::RecipientFileChooser</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Recipient lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;Text files (*.csv *.txt);;All files (*)</source>
        <translation>Recipient lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;Text files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>with a header row</source>
        <translation>with a header row</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>no header row</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, sheet “%1”, %2, %n column(s).</source>
        <translation>
            <numerusform>Excel workbook, sheet “%1”, %2, %n column.</numerusform>
            <numerusform>Excel workbook, sheet “%1”, %2, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2-separated, %3, %n column(s).</source>
        <translation>
            <numerusform>%1, %2-separated, %3, %n column.</numerusform>
            <numerusform>%1, %2-separated, %3, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title row(s) above the header are left out.</source>
        <translation>
            <numerusform>%n title row above the header is left out.</numerusform>
            <numerusform>%n title rows above the header are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding is a guess: if the preview shows garbled text, choose another encoding.</source>
        <translation>The encoding is a guess: if the preview shows garbled text, choose another encoding.</translation>
    </message>
</context>
<context>
    <name>mms::RecipientImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the row has %1 columns; the number column is %2</source>
        <translation>the row has %1 columns; the number column is %2</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>on the blocklist (opted out)</source>
        <translation>on the blocklist (opted out)</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>no value for %1</translation>
    </message>
    <message>
        <source>the recipients could not be stored: %1</source>
        <translation>the recipients could not be stored: %1</translation>
    </message>
    <message>
        <source>some bytes are not valid %1; those characters were replaced</source>
        <translation>some bytes are not valid %1; those characters were replaced</translation>
    </message>
    <message>
        <source>a quoted field is never closed; the file may be cut short</source>
        <translation>a quoted field is never closed; the file may be cut short</translation>
    </message>
    <message>
        <source>Line,Value,Problem</source>
        <translation>Line,Value,Problem</translation>
    </message>
    <message>
        <source>Problem rows</source>
        <translation>Problem rows</translation>
    </message>
</context>
<context>
    <name>mms::RecipientStatus</name>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Failed (%1)</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Failed (%1): %2</translation>
    </message>
    <message>
        <source>Waiting for the report</source>
        <translation>Waiting for the report</translation>
    </message>
    <message>
        <source>Not sent: the platform refused its batch</source>
        <translation>Not sent: the platform refused its batch</translation>
    </message>
    <message>
        <source>Not sent: the campaign was cancelled</source>
        <translation>Not sent: the campaign was cancelled</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>Unknown: its batch&apos;s answer was lost</source>
        <translation>Unknown: its batch&apos;s answer was lost</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
</context>
<context>
    <name>mms::RecipientTableModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
</context>
<context>
    <name>mms::RecipientsPanel</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>All recipients</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting for a report</source>
        <translation>Waiting for a report</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Search by number</source>
        <translation>Search by number</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s); search takes digits of a number</source>
        <translation>
            <numerusform>%Ln recipient; search takes digits of a number</numerusform>
            <numerusform>%Ln recipients; search takes digits of a number</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the recipients shown for Excel (.xlsx or CSV)</source>
        <translation>Save the recipients shown for Excel (.xlsx or CSV)</translation>
    </message>
</context>
<context>
    <name>mms::ReplyTableModel</name>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>(no campaign found for extension %1)</source>
        <translation>(no campaign found for extension %1)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Blocklist</translation>
    </message>
</context>
<context>
    <name>mms::ReportService</name>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Report code</source>
        <translation>Report code</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation>Replied at</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>On the blocklist</source>
        <translation>On the blocklist</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Blocklist</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>Blocked at</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>not sent: %1</translation>
    </message>
</context>
<context>
    <name>mms::ReportsPage</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delivery&lt;/b&gt;</source>
        <translation>&lt;b&gt;Delivery&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>Failed, by status:</source>
        <translation>Failed, by status:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Recipients</translation>
    </message>
    <message>
        <source>Re&amp;plies</source>
        <translation>Re&amp;plies</translation>
    </message>
    <message>
        <source>Re&amp;plies (%1)</source>
        <translation>Re&amp;plies (%1)</translation>
    </message>
    <message>
        <source>%1: no delivery reports yet</source>
        <translation>%1: no delivery reports yet</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>recipients</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 recipients</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>Export recipients</translation>
    </message>
    <message>
        <source>Exporting recipients to %1…</source>
        <translation>Exporting recipients to %1…</translation>
    </message>
    <message>
        <source>Export replies</source>
        <translation>Export replies</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>replies</translation>
    </message>
    <message>
        <source>Exporting replies to %1…</source>
        <translation>Exporting replies to %1…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export cancelled: %1 was not written.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Could not export to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure report(s) arrived after a delivery of the same number: counted as delivered.</source>
        <translation>
            <numerusform>%n failure report arrived after a delivery of the same number: counted as delivered.</numerusform>
            <numerusform>%n failure reports arrived after a delivery of the same number: counted as delivered.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Blocklist</source>
        <translation>&amp;Blocklist</translation>
    </message>
    <message>
        <source>&amp;Blocklist (%1)</source>
        <translation>&amp;Blocklist (%1)</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Res&amp;ults</translation>
    </message>
    <message>
        <source>results</source>
        <translation>results</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Exporting results to %1…</source>
        <translation>Exporting results to %1…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
    <message>
        <source>Select two to %1 campaigns (Ctrl+click) to see them side by side.</source>
        <translation>Select two to %1 campaigns (Ctrl+click) to see them side by side.</translation>
    </message>
</context>
<context>
    <name>mms::ResendDialog</name>
    <message>
        <source>Only those reported &amp;failed</source>
        <translation>Only those reported &amp;failed</translation>
    </message>
    <message>
        <source>Everyone &amp;not reached: also no report after</source>
        <translation>Everyone &amp;not reached: also no report after</translation>
    </message>
    <message>
        <source>Make the campaign and confirm…</source>
        <translation>Make the campaign and confirm…</translation>
    </message>
    <message>
        <source>Send again: %1</source>
        <translation>Send again: %1</translation>
    </message>
    <message>
        <source>Numbers with no report by then, and those of batches the platform refused or that were cancelled (nothing was sent to them).</source>
        <translation>Numbers with no report by then, and those of batches the platform refused or that were cancelled (nothing was sent to them).</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A new campaign of exactly those this one did not reach, each with their own values. Numbers on the blocklist now are left out; the sending window stays the campaign&apos;s.</source>
        <translation>A new campaign of exactly those this one did not reach, each with their own values. Numbers on the blocklist now are left out; the sending window stays the campaign&apos;s.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Cannot count them: %1</source>
        <translation>Cannot count them: %1</translation>
    </message>
    <message>
        <source>%1 reported failed.</source>
        <translation>%1 reported failed.</translation>
    </message>
    <message>
        <source>%1 in all: %2 reported failed, %3 with no report, %4 not sent.</source>
        <translation>%1 in all: %2 reported failed, %3 with no report, %4 not sent.</translation>
    </message>
    <message>
        <source>%1 in batches still to send or of unknown outcome stay with this campaign: decide those there.</source>
        <translation>%1 in batches still to send or of unknown outcome stay with this campaign: decide those there.</translation>
    </message>
    <message>
        <source>%1 (the campaign&apos;s)</source>
        <translation>%1 (the campaign&apos;s)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Making the campaign…</source>
        <translation>Making the campaign…</translation>
    </message>
    <message>
        <source>Not sent; the campaign was discarded.</source>
        <translation>Not sent; the campaign was discarded.</translation>
    </message>
    <message numerus="yes">
        <source>This campaign was already sent again %n time(s): whoever that reached may get the message once more.</source>
        <translation>
            <numerusform>This campaign was already sent again %n time: whoever that reached may get the message once more.</numerusform>
            <numerusform>This campaign was already sent again %n times: whoever that reached may get the message once more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mms::ResultsPanel</name>
    <message>
        <source>Save c&amp;hart as picture…</source>
        <translation>Save c&amp;hart as picture…</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xport results…</translation>
    </message>
    <message>
        <source>Carrier (by number segment)</source>
        <translation>Carrier (by number segment)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Hour of the day (China time)</source>
        <translation>Hour of the day (China time)</translation>
    </message>
    <message>
        <source>A workbook for Excel: the totals, a sheet for each of carrier, province, city and hour, and every recipient.</source>
        <translation>A workbook for Excel: the totals, a sheet for each of carrier, province, city and hour, and every recipient.</translation>
    </message>
    <message>
        <source>&amp;Results by:</source>
        <translation>&amp;Results by:</translation>
    </message>
    <message>
        <source>%1: nothing sent yet</source>
        <translation>%1: nothing sent yet</translation>
    </message>
    <message>
        <source>%1 — %2 (the %3 with most sent)</source>
        <translation>%1 — %2 (the %3 with most sent)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Carriers by number segment: a number moved to another carrier counts under its segment&apos;s.</source>
        <translation>Carriers by number segment: a number moved to another carrier counts under its segment&apos;s.</translation>
    </message>
    <message>
        <source>Hours of the delivery report&apos;s own time (China time); recipients with no report yet count at the hour they were sent.</source>
        <translation>Hours of the delivery report&apos;s own time (China time); recipients with no report yet count at the hour they were sent.</translation>
    </message>
    <message>
        <source>Provinces and cities by number segment (%1): where the number was issued, not where its owner is.</source>
        <translation>Provinces and cities by number segment (%1): where the number was issued, not where its owner is.</translation>
    </message>
    <message>
        <source>%1 recipients have a segment the table does not know: counted as Unknown. A newer table can be loaded in Preferences.</source>
        <translation>%1 recipients have a segment the table does not know: counted as Unknown. A newer table can be loaded in Preferences.</translation>
    </message>
    <message>
        <source>%1 results by %2</source>
        <translation>%1 results by %2</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>Save chart as picture</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>Could not save the chart to %1.</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Chart saved to %1.</translation>
    </message>
</context>
<context>
    <name>mms::SampleRowBar</name>
    <message>
        <source>Values from a &amp;recipients file…</source>
        <translation>Values from a &amp;recipients file…</translation>
    </message>
    <message>
        <source>Lon&amp;gest row</source>
        <translation>Lon&amp;gest row</translation>
    </message>
    <message>
        <source>Show a customer&apos;s own values in the preview and check them: the first column after the number fills ${Text1}, the next ${Text2}…</source>
        <translation>Show a customer&apos;s own values in the preview and check them: the first column after the number fills ${Text1}, the next ${Text2}…</translation>
    </message>
    <message>
        <source>The row whose values are longest: where a text may run over</source>
        <translation>The row whose values are longest: where a text may run over</translation>
    </message>
    <message>
        <source>Values from a recipients file</source>
        <translation>Values from a recipients file</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 has no rows.</translation>
    </message>
    <message>
        <source>%1: %2 rows%3. %4</source>
        <translation>%1: %2 rows%3. %4</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> (the first %1)</translation>
    </message>
    <message>
        <source>The template has no variable.</source>
        <translation>The template has no variable.</translation>
    </message>
    <message>
        <source>R&amp;ow:</source>
        <translation>R&amp;ow:</translation>
    </message>
</context>
<context>
    <name>mms::Sandbox</name>
    <message>
        <source>cannot create the sandbox folder %1</source>
        <translation>cannot create the sandbox folder %1</translation>
    </message>
    <message>
        <source>another program is starting the sandbox; try again</source>
        <translation>another program is starting the sandbox; try again</translation>
    </message>
    <message>
        <source>the sandbox simulator %1 is missing</source>
        <translation>the sandbox simulator %1 is missing</translation>
    </message>
    <message>
        <source>cannot start the sandbox simulator %1</source>
        <translation>cannot start the sandbox simulator %1</translation>
    </message>
    <message>
        <source>the sandbox simulator did not start within 10 s</source>
        <translation>the sandbox simulator did not start within 10 s</translation>
    </message>
</context>
<context>
    <name>mms::SecretStore</name>
    <message>
        <source>no keychain service is running</source>
        <translation>no keychain service is running</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>the keychain did not answer</translation>
    </message>
    <message>
        <source>the keychain refused access (is it locked?)</source>
        <translation>the keychain refused access (is it locked?)</translation>
    </message>
    <message>
        <source>the keychain has no such entry</source>
        <translation>the keychain has no such entry</translation>
    </message>
    <message>
        <source>the keychain could not be used (error %1)</source>
        <translation>the keychain could not be used (error %1)</translation>
    </message>
</context>
<context>
    <name>mms::SendConfirmDialog</name>
    <message>
        <source>under a minute</source>
        <translation>under a minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>about %1 h %2 min</translation>
    </message>
    <message>
        <source>not known here</source>
        <translation>not known here</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>(not in this library)</source>
        <translation>(not in this library)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Template:&lt;/b&gt; %1 (%2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Template:&lt;/b&gt; %1 (%2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carrier (by number)</source>
        <translation>Carrier (by number)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>In all</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recipients are on carriers that have not approved this template: they will not receive it, and the platform may still count them.</source>
        <translation>%1 recipients are on carriers that have not approved this template: they will not receive it, and the platform may still count them.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Estimated cost:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Estimated cost:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Balance:&lt;/b&gt; %1 now, %2 after this send&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Balance:&lt;/b&gt; %1 now, %2 after this send&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Balance:&lt;/b&gt; not known yet&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Balance:&lt;/b&gt; not known yet&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The balance is not enough: the campaign pauses when it runs out.</source>
        <translation>The balance is not enough: the campaign pauses when it runs out.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Starts:&lt;/b&gt; %1 · &lt;b&gt;takes&lt;/b&gt; %2 at the set speed&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Starts:&lt;/b&gt; %1 · &lt;b&gt;takes&lt;/b&gt; %2 at the set speed&lt;/p&gt;</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Confirm the scheduled send</source>
        <translation>Confirm the scheduled send</translation>
    </message>
    <message>
        <source>Confirm the send</source>
        <translation>Confirm the send</translation>
    </message>
    <message>
        <source>This is a large send. Type the number of recipients (%1) to confirm:</source>
        <translation>This is a large send. Type the number of recipients (%1) to confirm:</translation>
    </message>
    <message>
        <source>Schedule the send to %1 recipients</source>
        <translation>Schedule the send to %1 recipients</translation>
    </message>
    <message>
        <source>Send to %1 recipients</source>
        <translation>Send to %1 recipients</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sending window:&lt;/b&gt; %1 China time%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sending window:&lt;/b&gt; %1 China time%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; outside it now, so it waits until %1</source>
        <translation>; outside it now, so it waits until %1</translation>
    </message>
    <message>
        <source>%1 numbers on the blocklist are left out.</source>
        <translation>%1 numbers on the blocklist are left out.</translation>
    </message>
    <message>
        <source>%1 numbers are left out: they already got what the frequency caps allow today.</source>
        <translation>%1 numbers are left out: they already got what the frequency caps allow today.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Frequency caps:&lt;/b&gt; %1 per number, checked again as each batch goes out&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Frequency caps:&lt;/b&gt; %1 per number, checked again as each batch goes out&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mms::SendWindowEdit</name>
    <message>
        <source>Send only from</source>
        <translation>Send only from</translation>
    </message>
    <message>
        <source>Promotional sends are allowed only in the day&apos;s hours (SUBMAIL, Aliyun, Huawei, JD Cloud): outside them the campaign waits and goes on by itself.</source>
        <translation>Promotional sends are allowed only in the day&apos;s hours (SUBMAIL, Aliyun, Huawei, JD Cloud): outside them the campaign waits and goes on by itself.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>China time</source>
        <translation>China time</translation>
    </message>
    <message>
        <source>Sending window of %1</source>
        <translation>Sending window of %1</translation>
    </message>
    <message>
        <source>A waiting campaign looks at the new window at once; one that is sending finishes the batch in flight when it closes, then waits.</source>
        <translation>A waiting campaign looks at the new window at once; one that is sending finishes the batch in flight when it closes, then waits.</translation>
    </message>
    <message>
        <source>The window starts when it ends: choose two different times, or untick it to send at any time.</source>
        <translation>The window starts when it ends: choose two different times, or untick it to send at any time.</translation>
    </message>
    <message>
        <source>Sends at any hour, night included: carriers may hold or refuse promotional sends at night.</source>
        <translation>Sends at any hour, night included: carriers may hold or refuse promotional sends at night.</translation>
    </message>
    <message>
        <source>Runs over midnight: from %1 to %2 the next day.</source>
        <translation>Runs over midnight: from %1 to %2 the next day.</translation>
    </message>
</context>
<context>
    <name>mms::Store</name>
    <message>
        <source>template %1 is not in the library</source>
        <translation>template %1 is not in the library</translation>
    </message>
    <message>
        <source>account %1 has templates or campaigns; it is kept so that their history stays readable</source>
        <translation>account %1 has templates or campaigns; it is kept so that their history stays readable</translation>
    </message>
    <message>
        <source>replied &quot;%1&quot; (blocked automatically)</source>
        <translation>replied &quot;%1&quot; (blocked automatically)</translation>
    </message>
</context>
<context>
    <name>mms::StoryboardModel</name>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <source>Frame %1, %2 ms
%3</source>
        <translation>Frame %1, %2 ms
%3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>mms::StoryboardView</name>
    <message>
        <source>Drop images, videos, sounds or text files here: each becomes a frame.</source>
        <translation>Drop images, videos, sounds or text files here: each becomes a frame.</translation>
    </message>
</context>
<context>
    <name>mms::StudioApp</name>
    <message>
        <source>Workspace %1 could not be opened (%2): working on this computer&apos;s store. Try again from File → Workspaces….</source>
        <translation>Workspace %1 could not be opened (%2): working on this computer&apos;s store. Try again from File → Workspaces….</translation>
    </message>
    <message>
        <source>Switched to the local store.</source>
        <translation>Switched to the local store.</translation>
    </message>
    <message>
        <source>Switched to workspace %1.</source>
        <translation>Switched to workspace %1.</translation>
    </message>
</context>
<context>
    <name>mms::SubmitPanel</name>
    <message>
        <source>Su&amp;bmit to the platform</source>
        <translation>Su&amp;bmit to the platform</translation>
    </message>
    <message>
        <source>Submit as a new template</source>
        <translation>Submit as a new template</translation>
    </message>
    <message>
        <source>Create another template at the platform with the same content (each carrier audits it again).</source>
        <translation>Create another template at the platform with the same content (each carrier audits it again).</translation>
    </message>
    <message>
        <source>The platform refused the template: %1</source>
        <translation>The platform refused the template: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: this content is already template %1. To have it audited again as another template, use &quot;Submit as a new template&quot;.</source>
        <translation>Nothing was sent: this content is already template %1. To have it audited again as another template, use &quot;Submit as a new template&quot;.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected (%1)</source>
        <translation>rejected (%1)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Submitting &quot;%1&quot; to the platform…</source>
        <translation>Submitting &quot;%1&quot; to the platform…</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <source>Submitted as template %1 on %2. %3</source>
        <translation>Submitted as template %1 on %2. %3</translation>
    </message>
    <message>
        <source>This content is already a template: Submit names it instead of making another.</source>
        <translation>This content is already a template: Submit names it instead of making another.</translation>
    </message>
    <message>
        <source>Changed since it was submitted as template %1: submit it to create a new template.</source>
        <translation>Changed since it was submitted as template %1: submit it to create a new template.</translation>
    </message>
    <message>
        <source>Create the template on the platform; each carrier then audits it.</source>
        <translation>Create the template on the platform; each carrier then audits it.</translation>
    </message>
    <message>
        <source>Submit is disabled while errors remain (marked ✖ above).</source>
        <translation>Submit is disabled while errors remain (marked ✖ above).</translation>
    </message>
    <message>
        <source>Fix the errors in the list above first.</source>
        <translation>Fix the errors in the list above first.</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>Ready to submit.</translation>
    </message>
</context>
<context>
    <name>mms::TableWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>mms::TemplateCheck</name>
    <message>
        <source>Frame %1</source>
        <translation>Frame %1</translation>
    </message>
    <message>
        <source>The template has no subject.</source>
        <translation>The template has no subject.</translation>
    </message>
    <message>
        <source>The template has no frames: drop a file on the storyboard or add a frame.</source>
        <translation>The template has no frames: drop a file on the storyboard or add a frame.</translation>
    </message>
    <message>
        <source>%1: the duration must be a positive number of milliseconds.</source>
        <translation>%1: the duration must be a positive number of milliseconds.</translation>
    </message>
    <message>
        <source>%1 has nothing to show: add a text, an image or a video.</source>
        <translation>%1 has nothing to show: add a text, an image or a video.</translation>
    </message>
    <message>
        <source>%1: %2 has an unsupported type.</source>
        <translation>%1: %2 has an unsupported type.</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1: %2 is empty.</translation>
    </message>
    <message>
        <source>%1: %2 is not UTF-8 text.</source>
        <translation>%1: %2 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>%1: another attachment is also named %2; rename one.</source>
        <translation>%1: another attachment is also named %2; rename one.</translation>
    </message>
    <message>
        <source>The media add up to %1, over the limit of %2: &quot;Fit to budget&quot; shrinks them.</source>
        <translation>The media add up to %1, over the limit of %2: &quot;Fit to budget&quot; shrinks them.</translation>
    </message>
    <message>
        <source>%1: %2 is %3; its share of the budget is about %4.</source>
        <translation>%1: %2 is %3; its share of the budget is about %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a variable the platform fills in (names are case-sensitive); write %3.</source>
        <translation>%1: &quot;%2&quot; is not a variable the platform fills in (names are case-sensitive); write %3.</translation>
    </message>
    <message>
        <source>${%1} is never used although higher numbers are; recipients&apos; files must still give a column for it.</source>
        <translation>${%1} is never used although higher numbers are; recipients&apos; files must still give a column for it.</translation>
    </message>
    <message>
        <source>Some providers ask for more than %1 of media; this template has %2.</source>
        <translation>Some providers ask for more than %1 of media; this template has %2.</translation>
    </message>
    <message>
        <source>%1 frames; carriers publish a limit of %2.</source>
        <translation>%1 frames; carriers publish a limit of %2.</translation>
    </message>
    <message>
        <source>%1: %2 contains %3, which carriers reserve for the signature.</source>
        <translation>%1: %2 contains %3, which carriers reserve for the signature.</translation>
    </message>
    <message>
        <source>%1: carriers accept images as %2.</source>
        <translation>%1: carriers accept images as %2.</translation>
    </message>
    <message>
        <source>%1: %2 should be MP4 (H.264) for the carriers.</source>
        <translation>%1: %2 should be MP4 (H.264) for the carriers.</translation>
    </message>
    <message>
        <source>%1: %2 does not look like H.264 video; carriers may refuse it.</source>
        <translation>%1: %2 does not look like H.264 video; carriers may refuse it.</translation>
    </message>
    <message>
        <source>%1: %2 plays %3 s but the frame lasts %4 s; the end is cut (&quot;Fit to video&quot; sets the duration).</source>
        <translation>%1: %2 plays %3 s but the frame lasts %4 s; the end is cut (&quot;Fit to video&quot; sets the duration).</translation>
    </message>
    <message>
        <source>%1: carriers accept audio as %2.</source>
        <translation>%1: carriers accept audio as %2.</translation>
    </message>
    <message>
        <source>%1 videos; carriers accept only %2 per template.</source>
        <translation>%1 videos; carriers accept only %2 per template.</translation>
    </message>
    <message>
        <source>Carriers want text together with at least one image or video, not one kind only.</source>
        <translation>Carriers want text together with at least one image or video, not one kind only.</translation>
    </message>
    <message>
        <source>No opt-out line (such as 拒收请回复R): %1 require one.</source>
        <translation>No opt-out line (such as 拒收请回复R): %1 require one.</translation>
    </message>
    <message>
        <source>%1: %2 plays %3 s but the frame lasts %4 s; the sound is cut (&quot;Fit to audio&quot; sets the duration).</source>
        <translation>%1: %2 plays %3 s but the frame lasts %4 s; the sound is cut (&quot;Fit to audio&quot; sets the duration).</translation>
    </message>
    <message>
        <source>The value of %1 (&quot;%2&quot;) has %3 characters: the carriers allow a variable at most %4.</source>
        <translation>The value of %1 (&quot;%2&quot;) has %3 characters: the carriers allow a variable at most %4.</translation>
    </message>
</context>
<context>
    <name>mms::TemplateDocument</name>
    <message>
        <source>Edit subject</source>
        <translation>Edit subject</translation>
    </message>
    <message>
        <source>Add frame %1</source>
        <translation>Add frame %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>Add %n file</numerusform>
            <numerusform>Add %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate frame %1</source>
        <translation>Duplicate frame %1</translation>
    </message>
    <message>
        <source>Delete frame %1</source>
        <translation>Delete frame %1</translation>
    </message>
    <message>
        <source>Move frame %1 to %2</source>
        <translation>Move frame %1 to %2</translation>
    </message>
    <message>
        <source>Frame %1 duration</source>
        <translation>Frame %1 duration</translation>
    </message>
    <message>
        <source>New text in frame %1</source>
        <translation>New text in frame %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Type in %1</source>
        <translation>Type in %1</translation>
    </message>
    <message>
        <source>Fit to budget</source>
        <translation>Fit to budget</translation>
    </message>
</context>
<context>
    <name>mms::TemplateFitter</name>
    <message>
        <source>%1 cannot be read as a picture</source>
        <translation>%1 cannot be read as a picture</translation>
    </message>
    <message>
        <source>%1 cannot be made small enough (%2 bytes)</source>
        <translation>%1 cannot be made small enough (%2 bytes)</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>cannot write a temporary file</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be made small enough</source>
        <translation>%1 could not be made small enough</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>FFmpeg is not installed (Debian package ffmpeg); it is needed to fit video and sound</source>
        <translation>FFmpeg is not installed (Debian package ffmpeg); it is needed to fit video and sound</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the texts and files that cannot be shrunk already take %1 bytes of %2</source>
        <translation>the texts and files that cannot be shrunk already take %1 bytes of %2</translation>
    </message>
</context>
<context>
    <name>mms::TemplateManifest</name>
    <message>
        <source>manifest %1 does not exist</source>
        <translation>manifest %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is a folder, not a manifest file</source>
        <translation>%1 is a folder, not a manifest file</translation>
    </message>
    <message>
        <source>manifest %1 is %2, too large for a manifest (at most %3)</source>
        <translation>manifest %1 is %2, too large for a manifest (at most %3)</translation>
    </message>
    <message>
        <source>cannot read manifest %1: %2</source>
        <translation>cannot read manifest %1: %2</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>the manifest is empty</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON: %1 at byte %2</source>
        <translation>the manifest is not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>the manifest must be a JSON object with &quot;subject&quot; and &quot;frames&quot;</source>
        <translation>the manifest must be a JSON object with &quot;subject&quot; and &quot;frames&quot;</translation>
    </message>
    <message>
        <source>&quot;subject&quot; is missing or empty</source>
        <translation>&quot;subject&quot; is missing or empty</translation>
    </message>
    <message>
        <source>the template has no frames (&quot;frames&quot; must be a non-empty array)</source>
        <translation>the template has no frames (&quot;frames&quot; must be a non-empty array)</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>frame %1</translation>
    </message>
    <message>
        <source>%1: must be an object with &quot;dur&quot; and &quot;attachments&quot;</source>
        <translation>%1: must be an object with &quot;dur&quot; and &quot;attachments&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;dur&quot; must be a positive whole number of milliseconds (got %2)</source>
        <translation>%1: &quot;dur&quot; must be a positive whole number of milliseconds (got %2)</translation>
    </message>
    <message>
        <source>%1 has no attachments</source>
        <translation>%1 has no attachments</translation>
    </message>
    <message>
        <source>%1: each attachment must be a file path</source>
        <translation>%1: each attachment must be a file path</translation>
    </message>
    <message>
        <source>%1: %2 has an unsupported type (.%3); use txt, jpg/png/gif, mp4/3gp, mp3/amr/aac/m4a/wav</source>
        <translation>%1: %2 has an unsupported type (.%3); use txt, jpg/png/gif, mp4/3gp, mp3/amr/aac/m4a/wav</translation>
    </message>
    <message>
        <source>%1: file %2 is missing</source>
        <translation>%1: file %2 is missing</translation>
    </message>
    <message>
        <source>%1: %2 is a folder, not a file</source>
        <translation>%1: %2 is a folder, not a file</translation>
    </message>
    <message>
        <source>%1: %2 is %3, far over the template limit of %4</source>
        <translation>%1: %2 is %3, far over the template limit of %4</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: cannot read %2: %3</translation>
    </message>
    <message>
        <source>%1 frames; carriers publish a limit of 9 (some 8)</source>
        <translation>%1 frames; carriers publish a limit of 9 (some 8)</translation>
    </message>
    <message>
        <source>the template has no subject</source>
        <translation>the template has no subject</translation>
    </message>
    <message>
        <source>the template has no frames</source>
        <translation>the template has no frames</translation>
    </message>
    <message>
        <source>%1: the duration must be a positive number of milliseconds</source>
        <translation>%1: the duration must be a positive number of milliseconds</translation>
    </message>
    <message>
        <source>%1: %2 has an unsupported type</source>
        <translation>%1: %2 has an unsupported type</translation>
    </message>
    <message>
        <source>%1: %2 is empty (0 bytes)</source>
        <translation>%1: %2 is empty (0 bytes)</translation>
    </message>
    <message>
        <source>%1: %2 is not UTF-8 text (GBK? save it as UTF-8)</source>
        <translation>%1: %2 is not UTF-8 text (GBK? save it as UTF-8)</translation>
    </message>
    <message>
        <source>%1: two different files are both named %2; rename one</source>
        <translation>%1: two different files are both named %2; rename one</translation>
    </message>
    <message>
        <source>the template&apos;s media is %1, over the limit of %2</source>
        <translation>the template&apos;s media is %1, over the limit of %2</translation>
    </message>
</context>
<context>
    <name>mms::TemplateProject</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>not an MMS Studio template file (%1)</source>
        <translation>not an MMS Studio template file (%1)</translation>
    </message>
    <message>
        <source>not an MMS Studio template file</source>
        <translation>not an MMS Studio template file</translation>
    </message>
    <message>
        <source>made by a newer MMS Studio (format version %1)</source>
        <translation>made by a newer MMS Studio (format version %1)</translation>
    </message>
    <message>
        <source>the data of %1 is damaged</source>
        <translation>the data of %1 is damaged</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>%1 is too large for a template file</source>
        <translation>%1 is too large for a template file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>mms::TemplatesPage</name>
    <message>
        <source>&amp;Submit manifest…</source>
        <translation>&amp;Submit manifest…</translation>
    </message>
    <message>
        <source>&amp;New version in the designer</source>
        <translation>&amp;New version in the designer</translation>
    </message>
    <message>
        <source>mmsid</source>
        <translation>mmsid</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>A template manifest (JSON, see docs/manifest.md) is checked, then created on the platform for each carrier&apos;s audit.</source>
        <translation>A template manifest (JSON, see docs/manifest.md) is checked, then created on the platform for each carrier&apos;s audit.</translation>
    </message>
    <message>
        <source>Open a copy of the selected template in the designer, to change it and submit it as a new template.</source>
        <translation>Open a copy of the selected template in the designer, to change it and submit it as a new template.</translation>
    </message>
    <message>
        <source>Template %1 created; waiting for the carriers&apos; audit.</source>
        <translation>Template %1 created; waiting for the carriers&apos; audit.</translation>
    </message>
    <message>
        <source>Template manifest</source>
        <translation>Template manifest</translation>
    </message>
    <message>
        <source>Template manifests (*.json)</source>
        <translation>Template manifests (*.json)</translation>
    </message>
    <message>
        <source>Checking and submitting %1…</source>
        <translation>Checking and submitting %1…</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejected: %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Nothing was sent: this manifest&apos;s content is already template %1.</source>
        <translation>Nothing was sent: this manifest&apos;s content is already template %1.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Template %1 is approved by every carrier.</source>
        <translation>Template %1 is approved by every carrier.</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>Template %1: %2</translation>
    </message>
</context>
<context>
    <name>mms::ThumbnailCache</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Empty frame</source>
        <translation>Empty frame</translation>
    </message>
</context>
<context>
    <name>mms::VariablesPanel</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Used in</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <source>Type a sample value for each variable: the preview shows it in place of the variable.</source>
        <translation>Type a sample value for each variable: the preview shows it in place of the variable.</translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation>frame %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mms::WorkspacesDialog</name>
    <message>
        <source>Local (this computer)</source>
        <translation>Local (this computer)</translation>
    </message>
    <message>
        <source>&amp;New workspace</source>
        <translation>&amp;New workspace</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database the team shares: the same templates, campaigns, reports, replies and blocklist on every desktop, kept up to date live. The local store works without a server.</source>
        <translation>A team workspace is a PostgreSQL database the team shares: the same templates, campaigns, reports, replies and blocklist on every desktop, kept up to date live. The local store works without a server.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The workspace in use cannot be removed; switch to another first.</source>
        <translation>The workspace in use cannot be removed; switch to another first.</translation>
    </message>
    <message>
        <source>Workspace %1 removed from this computer (the database itself is untouched).</source>
        <translation>Workspace %1 removed from this computer (the database itself is untouched).</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in use)</translation>
    </message>
    <message>
        <source>(in the keychain)</source>
        <translation>(in the keychain)</translation>
    </message>
    <message>
        <source>The store on this computer: works alone, without a server.</source>
        <translation>The store on this computer: works alone, without a server.</translation>
    </message>
    <message>
        <source>A workspace needs a name, a server, a database and a user.</source>
        <translation>A workspace needs a name, a server, a database and a user.</translation>
    </message>
    <message>
        <source>That name is the local store&apos;s; choose another.</source>
        <translation>That name is the local store&apos;s; choose another.</translation>
    </message>
    <message>
        <source>Workspace %1 saved.</source>
        <translation>Workspace %1 saved.</translation>
    </message>
    <message>
        <source>Saved, but the password could not be kept: %1</source>
        <translation>Saved, but the password could not be kept: %1</translation>
    </message>
    <message>
        <source>Workspace %1 saved. No keychain is available (%2): the password is kept only until MMS Studio closes, and will be asked for again.</source>
        <translation>Workspace %1 saved. No keychain is available (%2): the password is kept only until MMS Studio closes, and will be asked for again.</translation>
    </message>
    <message>
        <source>Workspace %1 saved; its password is in the system keychain.</source>
        <translation>Workspace %1 saved; its password is in the system keychain.</translation>
    </message>
    <message>
        <source>Enter the server and the database first.</source>
        <translation>Enter the server and the database first.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>Cannot use it: %1</translation>
    </message>
    <message>
        <source>Opening workspace %1…</source>
        <translation>Opening workspace %1…</translation>
    </message>
    <message>
        <source>Not switched: %1</source>
        <translation>Not switched: %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>S&amp;witch to it</source>
        <translation>S&amp;witch to it</translation>
    </message>
    <message>
        <source>A workspace called %1 exists already; choose another name.</source>
        <translation>A workspace called %1 exists already; choose another name.</translation>
    </message>
    <message>
        <source>The workspace in use cannot be renamed; switch to another first.</source>
        <translation>The workspace in use cannot be renamed; switch to another first.</translation>
    </message>
    <message>
        <source>Workspace %1 renamed to %2.</source>
        <translation>Workspace %1 renamed to %2.</translation>
    </message>
    <message>
        <source>Connected: MMS Studio can use this database.</source>
        <translation>Connected: MMS Studio can use this database.</translation>
    </message>
</context>
<context>
    <name>mms::XlsxWorkbook</name>
    <message>
        <source>the workbook has no such sheet</source>
        <translation>the workbook has no such sheet</translation>
    </message>
    <message>
        <source>the sheet has more rows than Excel allows (%1)</source>
        <translation>the sheet has more rows than Excel allows (%1)</translation>
    </message>
    <message>
        <source>a cell reference %1</source>
        <translation>a cell reference %1</translation>
    </message>
    <message>
        <source>it unpacks to far more data than a workbook holds (a zip bomb?)</source>
        <translation>it unpacks to far more data than a workbook holds (a zip bomb?)</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>the workbook is damaged (%1)</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 is missing)</source>
        <translation>the workbook is damaged (%1 is missing)</translation>
    </message>
    <message>
        <source>the workbook is protected by a password; open it in Excel, remove the password and save it again</source>
        <translation>the workbook is protected by a password; open it in Excel, remove the password and save it again</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 cannot be unpacked)</source>
        <translation>the workbook is damaged (%1 cannot be unpacked)</translation>
    </message>
    <message>
        <source>it is not an Excel workbook, or the file is damaged</source>
        <translation>it is not an Excel workbook, or the file is damaged</translation>
    </message>
    <message>
        <source>it is a Word document, not an Excel workbook</source>
        <translation>it is a Word document, not an Excel workbook</translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation, not an Excel workbook</source>
        <translation>it is a PowerPoint presentation, not an Excel workbook</translation>
    </message>
    <message>
        <source>it is an OpenDocument file; save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>it is an OpenDocument file; save it as an Excel workbook (.xlsx) or as CSV</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook</source>
        <translation>it is a zip archive, not an Excel workbook</translation>
    </message>
    <message>
        <source>the workbook holds no worksheet</source>
        <translation>the workbook holds no worksheet</translation>
    </message>
    <message>
        <source>too many cell styles</source>
        <translation>too many cell styles</translation>
    </message>
    <message>
        <source>cannot be unpacked</source>
        <translation>cannot be unpacked</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 at line %2</translation>
    </message>
    <message>
        <source>the workbook holds more text than can be read at once</source>
        <translation>the workbook holds more text than can be read at once</translation>
    </message>
</context>
<context>
    <name>mms::ffmpeg</name>
    <message>
        <source>ffprobe is not installed (Debian package ffmpeg)</source>
        <translation>ffprobe is not installed (Debian package ffmpeg)</translation>
    </message>
    <message>
        <source>the file cannot be read as media: %1</source>
        <translation>the file cannot be read as media: %1</translation>
    </message>
    <message>
        <source>ffmpeg is not installed (Debian package ffmpeg)</source>
        <translation>ffmpeg is not installed (Debian package ffmpeg)</translation>
    </message>
    <message>
        <source>ffmpeg could not start: %1</source>
        <translation>ffmpeg could not start: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>ffmpeg failed: %1</source>
        <translation>ffmpeg failed: %1</translation>
    </message>
</context>
<context>
    <name>mms::help</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is not installed here. It comes with the mms-studio package, in /usr/share/doc/mms-studio.</source>
        <translation>The user guide is not installed here. It comes with the mms-studio package, in /usr/share/doc/mms-studio.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&lt;b&gt;MMS Studio %1&lt;/b&gt;&lt;p&gt;Design video MMS templates, send campaigns and follow their delivery.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MMS Studio %1&lt;/b&gt;&lt;p&gt;Design video MMS templates, send campaigns and follow their delivery.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL 3)&lt;/li&gt;&lt;li&gt;SQLite %2 (public domain)&lt;/li&gt;&lt;li&gt;PostgreSQL&apos;s libpq, for team databases (PostgreSQL licence)&lt;/li&gt;&lt;li&gt;QtKeychain, for passwords in the system keychain (BSD licence)&lt;/li&gt;&lt;li&gt;uchardet, to tell the encoding of recipient files (MPL 1.1)&lt;/li&gt;&lt;li&gt;FFmpeg, run as a separate program to fit media (LGPL 2.1 or later)&lt;/li&gt;&lt;li&gt;Noto CJK fonts where the system provides them (SIL OFL)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL 3)&lt;/li&gt;&lt;li&gt;SQLite %2 (public domain)&lt;/li&gt;&lt;li&gt;PostgreSQL&apos;s libpq, for team databases (PostgreSQL licence)&lt;/li&gt;&lt;li&gt;QtKeychain, for passwords in the system keychain (BSD licence)&lt;/li&gt;&lt;li&gt;uchardet, to tell the encoding of recipient files (MPL 1.1)&lt;/li&gt;&lt;li&gt;FFmpeg, run as a separate program to fit media (LGPL 2.1 or later)&lt;/li&gt;&lt;li&gt;Noto CJK fonts where the system provides them (SIL OFL)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About MMS Studio</source>
        <translation>About MMS Studio</translation>
    </message>
</context>
<context>
    <name>mms::migrations</name>
    <message>
        <source>the database has schema version %1, made by a newer MMS Studio (this one knows up to %2); it was left untouched</source>
        <translation>the database has schema version %1, made by a newer MMS Studio (this one knows up to %2); it was left untouched</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>migration to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>mms::mobile</name>
    <message>
        <source>empty number</source>
        <translation>empty number</translation>
    </message>
    <message>
        <source>damaged by Excel (scientific notation %1): digits are lost, fix the source</source>
        <translation>damaged by Excel (scientific notation %1): digits are lost, fix the source</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>not a number: %1</translation>
    </message>
    <message>
        <source>%1 digits, a mobile number has 11</source>
        <translation>%1 digits, a mobile number has 11</translation>
    </message>
    <message>
        <source>not a mainland mobile number: %1</source>
        <translation>not a mainland mobile number: %1</translation>
    </message>
</context>
<context>
    <name>mms::money</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>Yuan (price per message)</source>
        <translation>Yuan (price per message)</translation>
    </message>
    <message>
        <source>Messages (one per recipient)</source>
        <translation>Messages (one per recipient)</translation>
    </message>
</context>
<context>
    <name>mms::prompts</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>mms::pushes</name>
    <message>
        <source>time &quot;%1&quot; is not yyyyMMddHHmmss</source>
        <translation>time &quot;%1&quot; is not yyyyMMddHHmmss</translation>
    </message>
    <message>
        <source>carrier %1</source>
        <translation>carrier %1</translation>
    </message>
    <message>
        <source>empty audit notification</source>
        <translation>empty audit notification</translation>
    </message>
    <message>
        <source>audit notification is not a JSON object (%1)</source>
        <translation>audit notification is not a JSON object (%1)</translation>
    </message>
    <message>
        <source>audit notification without mmsid</source>
        <translation>audit notification without mmsid</translation>
    </message>
    <message>
        <source>audit notification for %1: status must be 1 (approved) or 2 (rejected)</source>
        <translation>audit notification for %1: status must be 1 (approved) or 2 (rejected)</translation>
    </message>
    <message>
        <source>audit notification for %1: type must be 1, 2 or 3 (carrier)</source>
        <translation>audit notification for %1: type must be 1, 2 or 3 (carrier)</translation>
    </message>
    <message>
        <source>%1 fields, a report has 4 or 5</source>
        <translation>%1 fields, a report has 4 or 5</translation>
    </message>
    <message>
        <source>mobile &quot;%1&quot; is not a number</source>
        <translation>mobile &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>empty status</source>
        <translation>empty status</translation>
    </message>
    <message>
        <source>%1 fields, a reply has 4 (mobile, extension, text, time)</source>
        <translation>%1 fields, a reply has 4 (mobile, extension, text, time)</translation>
    </message>
    <message>
        <source>reply text is not UTF-8</source>
        <translation>reply text is not UTF-8</translation>
    </message>
    <message>
        <source>a control character (such as NUL or a line break) in the record</source>
        <translation>a control character (such as NUL or a line break) in the record</translation>
    </message>
    <message>
        <source>/%1: record %2 left out: %3 (%4)</source>
        <translation>/%1: record %2 left out: %3 (%4)</translation>
    </message>
    <message>
        <source>/%1: and %2 more bad records in this push</source>
        <translation>/%1: and %2 more bad records in this push</translation>
    </message>
</context>
<context>
    <name>mms::requests</name>
    <message>
        <source>the account has no userid or username</source>
        <translation>the account has no userid or username</translation>
    </message>
    <message>
        <source>no template id (mmsid) given</source>
        <translation>no template id (mmsid) given</translation>
    </message>
    <message>
        <source>the template has no subject</source>
        <translation>the template has no subject</translation>
    </message>
    <message>
        <source>the template has no frames</source>
        <translation>the template has no frames</translation>
    </message>
    <message>
        <source>frame %1: the duration must be a positive number of milliseconds</source>
        <translation>frame %1: the duration must be a positive number of milliseconds</translation>
    </message>
    <message>
        <source>frame %1 has no attachments</source>
        <translation>frame %1 has no attachments</translation>
    </message>
    <message>
        <source>%1 has characters that GBK cannot hold; send it as hex16str</source>
        <translation>%1 has characters that GBK cannot hold; send it as hex16str</translation>
    </message>
    <message>
        <source>no mobile numbers given</source>
        <translation>no mobile numbers given</translation>
    </message>
    <message>
        <source>%1 numbers in one request; the platform takes at most %2</source>
        <translation>%1 numbers in one request; the platform takes at most %2</translation>
    </message>
    <message>
        <source>invalid mobile number: &quot;%1&quot;</source>
        <translation>invalid mobile number: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the username or password has characters that GBK cannot hold</source>
        <translation>the username or password has characters that GBK cannot hold</translation>
    </message>
</context>
<context>
    <name>mms::responses</name>
    <message>
        <source>the platform answered with an empty body</source>
        <translation>the platform answered with an empty body</translation>
    </message>
    <message>
        <source>the platform&apos;s answer is not a JSON object: %1</source>
        <translation>the platform&apos;s answer is not a JSON object: %1</translation>
    </message>
    <message>
        <source>the platform&apos;s answer has no code</source>
        <translation>the platform&apos;s answer has no code</translation>
    </message>
    <message>
        <source>the platform&apos;s answer has an unreadable code: %1</source>
        <translation>the platform&apos;s answer has an unreadable code: %1</translation>
    </message>
    <message>
        <source>the platform reported success but sent no %1</source>
        <translation>the platform reported success but sent no %1</translation>
    </message>
    <message>
        <source>the platform answered the balance query with an empty body</source>
        <translation>the platform answered the balance query with an empty body</translation>
    </message>
    <message>
        <source>the balance answer is not a number: %1</source>
        <translation>the balance answer is not a number: %1</translation>
    </message>
</context>
<context>
    <name>mms::words</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between clauses</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a text and a note on it</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>

loc-hn = Honduras
dir-hn-911 = National Emergency System 911
dir-hn-114 = National Police line 114

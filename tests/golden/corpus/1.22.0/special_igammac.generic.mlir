"builtin.module"() <{sym_name = "jit_igammac"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg64: tensor<8xf32>, %arg65: tensor<8xf32>):
    %552 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %553 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %554 = "stablehlo.constant"() <{value = dense<2.000000e+03> : tensor<f32>}> : () -> tensor<f32>
    %555 = "stablehlo.constant"() <{value = dense<1.1920929E-7> : tensor<f32>}> : () -> tensor<f32>
    %556 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %557 = "stablehlo.constant"() <{value = dense<3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %558 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %559 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %560 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %561 = "stablehlo.compare"(%arg64, %arg64) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %562 = "stablehlo.compare"(%arg65, %arg65) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %563 = "stablehlo.or"(%561, %562) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %564 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %565 = "stablehlo.compare"(%arg64, %564) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %566 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %567 = "stablehlo.compare"(%arg65, %566) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %568 = "stablehlo.broadcast_in_dim"(%559) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %569 = "stablehlo.compare"(%arg65, %568) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %570 = "stablehlo.broadcast_in_dim"(%559) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %571 = "stablehlo.compare"(%arg64, %570) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %572 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %573 = "stablehlo.compare"(%arg65, %572) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %574 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %575 = "stablehlo.compare"(%arg64, %574) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %576 = "stablehlo.and"(%565, %567) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %577 = "stablehlo.and"(%571, %569) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %578 = "stablehlo.or"(%573, %575) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %579 = "stablehlo.or"(%578, %576) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %580 = "stablehlo.or"(%579, %577) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %581 = "stablehlo.or"(%580, %563) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %582 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %583 = "stablehlo.compare"(%arg65, %582) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %584 = "stablehlo.compare"(%arg65, %arg64) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %585 = "stablehlo.or"(%583, %584) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %586 = "stablehlo.log"(%arg65) : (tensor<8xf32>) -> tensor<8xf32>
    %587 = "stablehlo.multiply"(%arg64, %586) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %588 = "stablehlo.subtract"(%587, %arg65) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %589 = "func.call"(%arg64) <{callee = @lgamma_impl}> : (tensor<8xf32>) -> tensor<8xf32>
    %590 = "stablehlo.subtract"(%588, %589) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %591 = "stablehlo.log"(%557) : (tensor<f32>) -> tensor<f32>
    %592 = "stablehlo.negate"(%591) : (tensor<f32>) -> tensor<f32>
    %593 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %594 = "stablehlo.compare"(%590, %593) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %595 = "stablehlo.or"(%581, %594) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %596 = "stablehlo.or"(%595, %569) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %597 = "stablehlo.or"(%596, %565) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %598 = "stablehlo.or"(%597, %571) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %599 = "stablehlo.not"(%598) : (tensor<8xi1>) -> tensor<8xi1>
    %600 = "stablehlo.exponential"(%590) : (tensor<8xf32>) -> tensor<8xf32>
    %601 = "stablehlo.and"(%599, %585) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %602 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %603 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %604 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %605 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %606:7 = "stablehlo.while"(%601, %arg64, %602, %603, %arg65, %604, %605) ({
    ^bb0(%arg105: tensor<8xi1>, %arg106: tensor<8xf32>, %arg107: tensor<8xf32>, %arg108: tensor<8xf32>, %arg109: tensor<8xf32>, %arg110: tensor<8xf32>, %arg111: tensor<8xf32>):
      %752 = "stablehlo.reduce"(%arg105, %556) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg112: tensor<i1>, %arg113: tensor<i1>):
        %753 = "stablehlo.or"(%arg112, %arg113) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%753) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%752) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg98: tensor<8xi1>, %arg99: tensor<8xf32>, %arg100: tensor<8xf32>, %arg101: tensor<8xf32>, %arg102: tensor<8xf32>, %arg103: tensor<8xf32>, %arg104: tensor<8xf32>):
      %730 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %731 = "stablehlo.add"(%arg99, %730) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %732 = "stablehlo.divide"(%arg102, %731) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %733 = "stablehlo.multiply"(%arg103, %732) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %734 = "stablehlo.multiply"(%arg100, %arg102) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %735 = "stablehlo.multiply"(%731, %731) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %736 = "stablehlo.divide"(%734, %735) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %737 = "stablehlo.subtract"(%733, %736) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %738 = "stablehlo.add"(%arg104, %737) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %739 = "stablehlo.divide"(%arg102, %731) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %740 = "stablehlo.multiply"(%arg100, %739) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %741 = "stablehlo.add"(%arg101, %740) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %742 = "stablehlo.divide"(%740, %741) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %743 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %744 = "stablehlo.compare"(%742, %743) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %745 = "stablehlo.and"(%arg98, %744) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %746 = "stablehlo.select"(%arg98, %731, %arg99) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %747 = "stablehlo.select"(%arg98, %740, %arg100) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %748 = "stablehlo.select"(%arg98, %741, %arg101) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %749 = "stablehlo.select"(%arg98, %arg102, %arg102) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %750 = "stablehlo.select"(%arg98, %737, %arg103) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %751 = "stablehlo.select"(%arg98, %738, %arg104) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%745, %746, %747, %748, %749, %750, %751) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %607 = "stablehlo.multiply"(%606#3, %600) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %608 = "stablehlo.divide"(%607, %arg64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %609 = "stablehlo.not"(%585) : (tensor<8xi1>) -> tensor<8xi1>
    %610 = "stablehlo.and"(%599, %609) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %611 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %612 = "stablehlo.subtract"(%611, %arg64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %613 = "stablehlo.add"(%arg65, %612) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %614 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %615 = "stablehlo.add"(%613, %614) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %616 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %617 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %618 = "stablehlo.add"(%arg65, %617) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %619 = "stablehlo.multiply"(%615, %arg65) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %620 = "stablehlo.divide"(%618, %619) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %621 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %622 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %623 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %624 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %625 = "stablehlo.negate"(%arg65) : (tensor<8xf32>) -> tensor<8xf32>
    %626 = "stablehlo.multiply"(%620, %625) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %627 = "stablehlo.subtract"(%624, %626) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %628 = "stablehlo.divide"(%627, %619) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %629:15 = "stablehlo.while"(%610, %620, %621, %612, %615, %560, %618, %619, %616, %arg65, %622, %623, %624, %625, %628) ({
    ^bb0(%arg81: tensor<8xi1>, %arg82: tensor<8xf32>, %arg83: tensor<8xf32>, %arg84: tensor<8xf32>, %arg85: tensor<8xf32>, %arg86: tensor<f32>, %arg87: tensor<8xf32>, %arg88: tensor<8xf32>, %arg89: tensor<8xf32>, %arg90: tensor<8xf32>, %arg91: tensor<8xf32>, %arg92: tensor<8xf32>, %arg93: tensor<8xf32>, %arg94: tensor<8xf32>, %arg95: tensor<8xf32>):
      %726 = "stablehlo.compare"(%arg86, %554) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %727 = "stablehlo.reduce"(%arg81, %556) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg96: tensor<i1>, %arg97: tensor<i1>):
        %729 = "stablehlo.or"(%arg96, %arg97) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%729) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %728 = "stablehlo.and"(%726, %727) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%728) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg66: tensor<8xi1>, %arg67: tensor<8xf32>, %arg68: tensor<8xf32>, %arg69: tensor<8xf32>, %arg70: tensor<8xf32>, %arg71: tensor<f32>, %arg72: tensor<8xf32>, %arg73: tensor<8xf32>, %arg74: tensor<8xf32>, %arg75: tensor<8xf32>, %arg76: tensor<8xf32>, %arg77: tensor<8xf32>, %arg78: tensor<8xf32>, %arg79: tensor<8xf32>, %arg80: tensor<8xf32>):
      %641 = "stablehlo.add"(%arg71, %558) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %642 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %643 = "stablehlo.add"(%arg69, %642) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %644 = "stablehlo.broadcast_in_dim"(%553) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %645 = "stablehlo.add"(%arg70, %644) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %646 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %647 = "stablehlo.multiply"(%643, %646) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %648 = "stablehlo.multiply"(%arg72, %645) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %649 = "stablehlo.multiply"(%arg74, %647) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %650 = "stablehlo.subtract"(%648, %649) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %651 = "stablehlo.multiply"(%arg73, %645) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %652 = "stablehlo.multiply"(%arg75, %647) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %653 = "stablehlo.subtract"(%651, %652) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %654 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %655 = "stablehlo.compare"(%653, %654) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %656 = "stablehlo.divide"(%650, %653) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %657 = "stablehlo.subtract"(%arg67, %656) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %658 = "stablehlo.divide"(%657, %656) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %659 = "stablehlo.abs"(%658) : (tensor<8xf32>) -> tensor<8xf32>
      %660 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %661 = "stablehlo.select"(%655, %659, %660) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %662 = "stablehlo.select"(%655, %656, %arg67) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %663 = "stablehlo.multiply"(%arg78, %645) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %664 = "stablehlo.subtract"(%663, %arg72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %665 = "stablehlo.multiply"(%arg76, %647) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %666 = "stablehlo.subtract"(%664, %665) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %667 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %668 = "stablehlo.multiply"(%arg74, %667) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %669 = "stablehlo.add"(%666, %668) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %670 = "stablehlo.multiply"(%arg79, %645) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %671 = "stablehlo.subtract"(%670, %arg73) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %672 = "stablehlo.multiply"(%arg77, %647) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %673 = "stablehlo.subtract"(%671, %672) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %674 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %675 = "stablehlo.multiply"(%arg75, %674) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %676 = "stablehlo.add"(%673, %675) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %677 = "stablehlo.multiply"(%662, %676) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %678 = "stablehlo.subtract"(%669, %677) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %679 = "stablehlo.divide"(%678, %653) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %680 = "stablehlo.select"(%655, %679, %arg80) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %681 = "stablehlo.abs"(%650) : (tensor<8xf32>) -> tensor<8xf32>
      %682 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
      %683 = "stablehlo.divide"(%682, %555) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %684 = "stablehlo.broadcast_in_dim"(%683) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %685 = "stablehlo.compare"(%681, %684) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %686 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %687 = "stablehlo.multiply"(%arg72, %686) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %688 = "stablehlo.select"(%685, %687, %arg72) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %689 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %690 = "stablehlo.multiply"(%650, %689) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %691 = "stablehlo.select"(%685, %690, %650) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %692 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %693 = "stablehlo.multiply"(%arg73, %692) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %694 = "stablehlo.select"(%685, %693, %arg73) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %695 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %696 = "stablehlo.multiply"(%653, %695) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %697 = "stablehlo.select"(%685, %696, %653) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %698 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %699 = "stablehlo.multiply"(%arg78, %698) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %700 = "stablehlo.select"(%685, %699, %arg78) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %701 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %702 = "stablehlo.multiply"(%arg79, %701) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %703 = "stablehlo.select"(%685, %702, %arg79) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %704 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %705 = "stablehlo.multiply"(%669, %704) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %706 = "stablehlo.select"(%685, %705, %669) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %707 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %708 = "stablehlo.multiply"(%676, %707) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %709 = "stablehlo.select"(%685, %708, %676) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %710 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %711 = "stablehlo.compare"(%661, %710) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %712 = "stablehlo.and"(%arg66, %711) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %713 = "stablehlo.select"(%arg66, %662, %arg67) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %714 = "stablehlo.select"(%arg66, %661, %arg68) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %715 = "stablehlo.select"(%arg66, %643, %arg69) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %716 = "stablehlo.select"(%arg66, %645, %arg70) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %717 = "stablehlo.select"(%arg66, %691, %arg72) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %718 = "stablehlo.select"(%arg66, %697, %arg73) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %719 = "stablehlo.select"(%arg66, %688, %arg74) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %720 = "stablehlo.select"(%arg66, %694, %arg75) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %721 = "stablehlo.select"(%arg66, %700, %arg76) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %722 = "stablehlo.select"(%arg66, %703, %arg77) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %723 = "stablehlo.select"(%arg66, %706, %arg78) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %724 = "stablehlo.select"(%arg66, %709, %arg79) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %725 = "stablehlo.select"(%arg66, %680, %arg80) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%712, %713, %714, %715, %716, %641, %717, %718, %719, %720, %721, %722, %723, %724, %725) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %630 = "stablehlo.multiply"(%629#1, %600) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %631 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %632 = "stablehlo.subtract"(%631, %608) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %633 = "stablehlo.select"(%585, %632, %630) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %634 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %635 = "stablehlo.select"(%571, %634, %633) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %636 = "stablehlo.or"(%569, %565) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %637 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %638 = "stablehlo.select"(%636, %637, %635) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %639 = "stablehlo.broadcast_in_dim"(%552) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %640 = "stablehlo.select"(%581, %639, %638) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%640) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "lgamma_impl", sym_visibility = "private"}> ({
  ^bb0(%arg63: tensor<8xf32>):
    %462 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %463 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %464 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %465 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %466 = "stablehlo.constant"() <{value = dense<4.08500311E+36> : tensor<f32>}> : () -> tensor<f32>
    %467 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %468 = "stablehlo.constant"() <{value = dense<0xCB000000> : tensor<f32>}> : () -> tensor<f32>
    %469 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %470 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %471 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %472 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %473 = "stablehlo.constant"() <{value = dense<8388608> : tensor<i32>}> : () -> tensor<i32>
    %474 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %475 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %476 = "stablehlo.bitcast_convert"(%arg63) : (tensor<8xf32>) -> tensor<8xi32>
    %477 = "stablehlo.broadcast_in_dim"(%475) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %478 = "stablehlo.and"(%476, %477) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %479 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %480 = "stablehlo.compare"(%478, %479) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %481 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %482 = "stablehlo.compare"(%478, %481) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %483 = "stablehlo.broadcast_in_dim"(%473) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %484 = "stablehlo.compare"(%478, %483) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %485 = "stablehlo.and"(%482, %484) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %486 = "stablehlo.count_leading_zeros"(%478) : (tensor<8xi32>) -> tensor<8xi32>
    %487 = "stablehlo.broadcast_in_dim"(%472) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %488 = "stablehlo.subtract"(%486, %487) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %489 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %490 = "stablehlo.select"(%485, %488, %489) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %491 = "stablehlo.broadcast_in_dim"(%471) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %492 = "stablehlo.and"(%476, %491) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %493 = "stablehlo.shift_left"(%478, %490) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %494 = "stablehlo.or"(%492, %493) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %495 = "stablehlo.select"(%485, %494, %476) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %496 = "stablehlo.bitcast_convert"(%495) : (tensor<8xi32>) -> tensor<8xf32>
    %497 = "stablehlo.broadcast_in_dim"(%470) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %498 = "stablehlo.compare"(%496, %497) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %499 = "stablehlo.broadcast_in_dim"(%469) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %500 = "stablehlo.select"(%480, %499, %496) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %501 = "stablehlo.not"(%498) : (tensor<8xi1>) -> tensor<8xi1>
    %502 = "stablehlo.broadcast_in_dim"(%468) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %503 = "stablehlo.compare"(%500, %502) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %504 = "stablehlo.and"(%501, %503) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %505 = "stablehlo.broadcast_in_dim"(%467) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %506 = "stablehlo.select"(%504, %500, %505) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %507 = "stablehlo.round_nearest_even"(%506) : (tensor<8xf32>) -> tensor<8xf32>
    %508 = "stablehlo.subtract"(%506, %507) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %509 = "stablehlo.abs"(%508) : (tensor<8xf32>) -> tensor<8xf32>
    %510 = "stablehlo.broadcast_in_dim"(%469) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %511 = "stablehlo.subtract"(%510, %507) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %512 = "stablehlo.subtract"(%511, %508) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %513 = "stablehlo.broadcast_in_dim"(%469) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %514 = "stablehlo.subtract"(%513, %507) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %515 = "stablehlo.subtract"(%514, %512) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %516 = "stablehlo.subtract"(%515, %508) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %517 = "stablehlo.select"(%498, %500, %512) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %518 = "stablehlo.broadcast_in_dim"(%466) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %519 = "stablehlo.minimum"(%517, %518) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %520:2 = "func.call"(%509, %490) <{callee = @_log_f32}> : (tensor<8xf32>, tensor<8xi32>) -> (tensor<8xf32>, tensor<8xf32>)
    %521:3 = "func.call"(%519) <{callee = @_lgamma_pos_small}> : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %522:3 = "func.call"(%519) <{callee = @_lgamma_pos_large}> : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %523 = "stablehlo.broadcast_in_dim"(%465) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %524 = "stablehlo.compare"(%519, %523) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %525 = "stablehlo.add"(%522#0, %522#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %526 = "stablehlo.select"(%524, %521#0, %525) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %527 = "stablehlo.select"(%524, %521#1, %522#0) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %528 = "stablehlo.select"(%524, %521#2, %522#1) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %529 = "stablehlo.add"(%528, %520#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %530 = "stablehlo.multiply"(%522#2, %516) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %531 = "func.call"(%508, %520#0, %527, %529, %530) <{callee = @_lgamma_neg_reflection}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %532:2 = "func.call"(%506, %507) <{callee = @_lgamma_neg_root}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>)
    %533 = "stablehlo.select"(%532#0, %532#1, %531) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %534 = "stablehlo.select"(%498, %526, %533) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %535 = "stablehlo.broadcast_in_dim"(%464) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %536 = "stablehlo.compare"(%534, %535) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %537 = "stablehlo.broadcast_in_dim"(%464) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %538 = "stablehlo.select"(%536, %537, %534) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %539 = "stablehlo.not"(%498) : (tensor<8xi1>) -> tensor<8xi1>
    %540 = "stablehlo.floor"(%500) : (tensor<8xf32>) -> tensor<8xf32>
    %541 = "stablehlo.compare"(%500, %540) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %542 = "stablehlo.and"(%539, %541) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %543 = "stablehlo.or"(%480, %542) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %544 = "stablehlo.broadcast_in_dim"(%466) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %545 = "stablehlo.compare"(%arg63, %544) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %546 = "stablehlo.or"(%543, %545) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %547 = "stablehlo.broadcast_in_dim"(%463) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %548 = "stablehlo.select"(%546, %547, %538) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %549 = "stablehlo.compare"(%arg63, %arg63) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %550 = "stablehlo.broadcast_in_dim"(%462) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %551 = "stablehlo.select"(%549, %550, %548) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%551) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xi32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "_log_f32", sym_visibility = "private"}> ({
  ^bb0(%arg61: tensor<8xf32>, %arg62: tensor<8xi32>):
    %417 = "stablehlo.constant"() <{value = dense<3.19461833E-5> : tensor<f32>}> : () -> tensor<f32>
    %418 = "stablehlo.constant"() <{value = dense<0.693115234> : tensor<f32>}> : () -> tensor<f32>
    %419 = "stablehlo.constant"() <{value = dense<-0.0635454952> : tensor<f32>}> : () -> tensor<f32>
    %420 = "stablehlo.constant"() <{value = dense<0.106187068> : tensor<f32>}> : () -> tensor<f32>
    %421 = "stablehlo.constant"() <{value = dense<-0.106258489> : tensor<f32>}> : () -> tensor<f32>
    %422 = "stablehlo.constant"() <{value = dense<0.110219181> : tensor<f32>}> : () -> tensor<f32>
    %423 = "stablehlo.constant"() <{value = dense<-0.124513313> : tensor<f32>}> : () -> tensor<f32>
    %424 = "stablehlo.constant"() <{value = dense<0.1428743> : tensor<f32>}> : () -> tensor<f32>
    %425 = "stablehlo.constant"() <{value = dense<-0.166680068> : tensor<f32>}> : () -> tensor<f32>
    %426 = "stablehlo.constant"() <{value = dense<0.199999928> : tensor<f32>}> : () -> tensor<f32>
    %427 = "stablehlo.constant"() <{value = dense<-0.249999896> : tensor<f32>}> : () -> tensor<f32>
    %428 = "stablehlo.constant"() <{value = dense<0.333333343> : tensor<f32>}> : () -> tensor<f32>
    %429 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %430 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %431 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %432 = "stablehlo.constant"() <{value = dense<1060439283> : tensor<i32>}> : () -> tensor<i32>
    %433 = "stablehlo.bitcast_convert"(%arg61) : (tensor<8xf32>) -> tensor<8xi32>
    %434 = "stablehlo.broadcast_in_dim"(%432) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %435 = "stablehlo.subtract"(%433, %434) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %436 = "stablehlo.broadcast_in_dim"(%431) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %437 = "stablehlo.shift_right_arithmetic"(%435, %436) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %438 = "stablehlo.subtract"(%437, %arg62) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %439 = "stablehlo.convert"(%438) : (tensor<8xi32>) -> tensor<8xf32>
    %440 = "stablehlo.broadcast_in_dim"(%431) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %441 = "stablehlo.shift_left"(%437, %440) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %442 = "stablehlo.subtract"(%433, %441) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %443 = "stablehlo.bitcast_convert"(%442) : (tensor<8xi32>) -> tensor<8xf32>
    %444 = "stablehlo.broadcast_in_dim"(%430) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %445 = "stablehlo.subtract"(%443, %444) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %446 = "stablehlo.multiply"(%445, %445) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %447 = "stablehlo.broadcast_in_dim"(%429) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %448 = "stablehlo.multiply"(%447, %446) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %449 = "stablehlo.subtract"(%445, %448) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %450 = "stablehlo.multiply"(%446, %445) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %451 = "func.call"(%445, %428, %427, %426, %425, %424, %423, %422, %421, %420, %419) <{callee = @_horner}> : (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>
    %452 = "stablehlo.multiply"(%450, %451) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %453 = "stablehlo.add"(%449, %452) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %454 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %455 = "stablehlo.multiply"(%439, %454) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %456 = "stablehlo.broadcast_in_dim"(%417) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %457 = "stablehlo.multiply"(%439, %456) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %458 = "stablehlo.add"(%453, %457) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %459 = "stablehlo.add"(%455, %458) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %460 = "stablehlo.subtract"(%455, %459) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %461 = "stablehlo.add"(%460, %458) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%459, %461) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_horner", sym_visibility = "private"}> ({
  ^bb0(%arg50: tensor<8xf32>, %arg51: tensor<f32>, %arg52: tensor<f32>, %arg53: tensor<f32>, %arg54: tensor<f32>, %arg55: tensor<f32>, %arg56: tensor<f32>, %arg57: tensor<f32>, %arg58: tensor<f32>, %arg59: tensor<f32>, %arg60: tensor<f32>):
    %379 = "stablehlo.convert"(%arg60) : (tensor<f32>) -> tensor<f32>
    %380 = "stablehlo.broadcast_in_dim"(%379) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %381 = "stablehlo.multiply"(%380, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %382 = "stablehlo.convert"(%arg59) : (tensor<f32>) -> tensor<f32>
    %383 = "stablehlo.broadcast_in_dim"(%382) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %384 = "stablehlo.add"(%381, %383) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %385 = "stablehlo.multiply"(%384, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %386 = "stablehlo.convert"(%arg58) : (tensor<f32>) -> tensor<f32>
    %387 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %388 = "stablehlo.add"(%385, %387) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %389 = "stablehlo.multiply"(%388, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %390 = "stablehlo.convert"(%arg57) : (tensor<f32>) -> tensor<f32>
    %391 = "stablehlo.broadcast_in_dim"(%390) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %392 = "stablehlo.add"(%389, %391) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %393 = "stablehlo.multiply"(%392, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %394 = "stablehlo.convert"(%arg56) : (tensor<f32>) -> tensor<f32>
    %395 = "stablehlo.broadcast_in_dim"(%394) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %396 = "stablehlo.add"(%393, %395) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %397 = "stablehlo.multiply"(%396, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %398 = "stablehlo.convert"(%arg55) : (tensor<f32>) -> tensor<f32>
    %399 = "stablehlo.broadcast_in_dim"(%398) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %400 = "stablehlo.add"(%397, %399) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %401 = "stablehlo.multiply"(%400, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %402 = "stablehlo.convert"(%arg54) : (tensor<f32>) -> tensor<f32>
    %403 = "stablehlo.broadcast_in_dim"(%402) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %404 = "stablehlo.add"(%401, %403) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %405 = "stablehlo.multiply"(%404, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %406 = "stablehlo.convert"(%arg53) : (tensor<f32>) -> tensor<f32>
    %407 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %408 = "stablehlo.add"(%405, %407) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %409 = "stablehlo.multiply"(%408, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %410 = "stablehlo.convert"(%arg52) : (tensor<f32>) -> tensor<f32>
    %411 = "stablehlo.broadcast_in_dim"(%410) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %412 = "stablehlo.add"(%409, %411) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %413 = "stablehlo.multiply"(%412, %arg50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %414 = "stablehlo.convert"(%arg51) : (tensor<f32>) -> tensor<f32>
    %415 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %416 = "stablehlo.add"(%413, %415) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%416) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}, {}], sym_name = "_lgamma_pos_small", sym_visibility = "private"}> ({
  ^bb0(%arg49: tensor<8xf32>):
    %274 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %275 = "stablehlo.constant"() <{value = dense<0.0945988297> : tensor<f32>}> : () -> tensor<f32>
    %276 = "stablehlo.constant"() <{value = dense<5.093690e-07> : tensor<f32>}> : () -> tensor<f32>
    %277 = "stablehlo.constant"() <{value = dense<-0.0866426677> : tensor<f32>}> : () -> tensor<f32>
    %278 = "stablehlo.constant"() <{value = dense<-9.51253639E-7> : tensor<f32>}> : () -> tensor<f32>
    %279 = "stablehlo.constant"() <{value = dense<0.0167537015> : tensor<f32>}> : () -> tensor<f32>
    %280 = "stablehlo.constant"() <{value = dense<2.14668859E-7> : tensor<f32>}> : () -> tensor<f32>
    %281 = "stablehlo.constant"() <{value = dense<-3.065680e-02> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.constant"() <{value = dense<-3.44545674E-6> : tensor<f32>}> : () -> tensor<f32>
    %283 = "stablehlo.constant"() <{value = dense<0.0583322793> : tensor<f32>}> : () -> tensor<f32>
    %284 = "stablehlo.constant"() <{value = dense<1.5541731E-5> : tensor<f32>}> : () -> tensor<f32>
    %285 = "stablehlo.constant"() <{value = dense<-0.061489731> : tensor<f32>}> : () -> tensor<f32>
    %286 = "stablehlo.constant"() <{value = dense<-4.18991549E-5> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.constant"() <{value = dense<0.0660817325> : tensor<f32>}> : () -> tensor<f32>
    %288 = "stablehlo.constant"() <{value = dense<1.24877915E-4> : tensor<f32>}> : () -> tensor<f32>
    %289 = "stablehlo.constant"() <{value = dense<-0.0771135687> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.constant"() <{value = dense<-4.00087971E-4> : tensor<f32>}> : () -> tensor<f32>
    %291 = "stablehlo.constant"() <{value = dense<0.0922760441> : tensor<f32>}> : () -> tensor<f32>
    %292 = "stablehlo.constant"() <{value = dense<0.00130368094> : tensor<f32>}> : () -> tensor<f32>
    %293 = "stablehlo.constant"() <{value = dense<-0.115152992> : tensor<f32>}> : () -> tensor<f32>
    %294 = "stablehlo.constant"() <{value = dense<-0.00441958429> : tensor<f32>}> : () -> tensor<f32>
    %295 = "stablehlo.constant"() <{value = dense<0.155433342> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.constant"() <{value = dense<0.0160308518> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.constant"() <{value = dense<-0.245251313> : tensor<f32>}> : () -> tensor<f32>
    %298 = "stablehlo.constant"() <{value = dense<-0.0657293424> : tensor<f32>}> : () -> tensor<f32>
    %299 = "stablehlo.constant"() <{value = dense<0.577215672> : tensor<f32>}> : () -> tensor<f32>
    %300 = "stablehlo.constant"() <{value = dense<0.362068325> : tensor<f32>}> : () -> tensor<f32>
    %301 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %302 = "stablehlo.constant"() <{value = dense<1.750000e+00> : tensor<f32>}> : () -> tensor<f32>
    %303 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %304 = "stablehlo.constant"() <{value = dense<1.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %305 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %306 = "stablehlo.compare"(%arg49, %305) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %307 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %308 = "stablehlo.subtract"(%arg49, %307) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %309 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %310 = "stablehlo.subtract"(%308, %309) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %311 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %312 = "stablehlo.broadcast_in_dim"(%301) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %313 = "stablehlo.select"(%306, %311, %312) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %314 = "stablehlo.subtract"(%308, %313) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %315 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %316 = "stablehlo.broadcast_in_dim"(%299) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %317 = "stablehlo.select"(%306, %315, %316) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %318 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %319 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %320 = "stablehlo.select"(%306, %318, %319) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %321 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %322 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %323 = "stablehlo.select"(%306, %321, %322) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %324 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %325 = "stablehlo.broadcast_in_dim"(%293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %326 = "stablehlo.select"(%306, %324, %325) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %327 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %328 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %329 = "stablehlo.select"(%306, %327, %328) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %330 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %331 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %332 = "stablehlo.select"(%306, %330, %331) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %333 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %334 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %335 = "stablehlo.select"(%306, %333, %334) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %336 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %337 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %338 = "stablehlo.select"(%306, %336, %337) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %339 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %340 = "stablehlo.broadcast_in_dim"(%283) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %341 = "stablehlo.select"(%306, %339, %340) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %342 = "stablehlo.broadcast_in_dim"(%282) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %343 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %344 = "stablehlo.select"(%306, %342, %343) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %345 = "stablehlo.broadcast_in_dim"(%280) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %346 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %347 = "stablehlo.select"(%306, %345, %346) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %348 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %349 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %350 = "stablehlo.select"(%306, %348, %349) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %351 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %352 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %353 = "stablehlo.select"(%306, %351, %352) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %354 = "func.call"(%314, %317, %320, %323, %326, %329, %332, %335, %338, %341, %344, %347, %350, %353) <{callee = @_horner_0}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %355 = "stablehlo.bitcast_convert"(%308) : (tensor<8xf32>) -> tensor<8xi32>
    %356 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %357 = "stablehlo.and"(%355, %356) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %358 = "stablehlo.bitcast_convert"(%357) : (tensor<8xi32>) -> tensor<8xf32>
    %359 = "stablehlo.subtract"(%308, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %360 = "stablehlo.bitcast_convert"(%310) : (tensor<8xf32>) -> tensor<8xi32>
    %361 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %362 = "stablehlo.and"(%360, %361) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %363 = "stablehlo.bitcast_convert"(%362) : (tensor<8xi32>) -> tensor<8xf32>
    %364 = "stablehlo.subtract"(%310, %363) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %365 = "stablehlo.multiply"(%358, %363) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %366 = "stablehlo.multiply"(%359, %310) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %367 = "stablehlo.multiply"(%358, %364) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %368 = "stablehlo.add"(%366, %367) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %369 = "stablehlo.bitcast_convert"(%354) : (tensor<8xf32>) -> tensor<8xi32>
    %370 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %371 = "stablehlo.and"(%369, %370) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %372 = "stablehlo.bitcast_convert"(%371) : (tensor<8xi32>) -> tensor<8xf32>
    %373 = "stablehlo.subtract"(%354, %372) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %374 = "stablehlo.multiply"(%365, %372) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %375 = "stablehlo.multiply"(%368, %354) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %376 = "stablehlo.multiply"(%365, %373) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %377 = "stablehlo.add"(%375, %376) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %378 = "stablehlo.add"(%374, %377) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%378, %374, %377) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_horner_0", sym_visibility = "private"}> ({
  ^bb0(%arg35: tensor<8xf32>, %arg36: tensor<8xf32>, %arg37: tensor<8xf32>, %arg38: tensor<8xf32>, %arg39: tensor<8xf32>, %arg40: tensor<8xf32>, %arg41: tensor<8xf32>, %arg42: tensor<8xf32>, %arg43: tensor<8xf32>, %arg44: tensor<8xf32>, %arg45: tensor<8xf32>, %arg46: tensor<8xf32>, %arg47: tensor<8xf32>, %arg48: tensor<8xf32>):
    %250 = "stablehlo.multiply"(%arg48, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %251 = "stablehlo.add"(%250, %arg47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %252 = "stablehlo.multiply"(%251, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %253 = "stablehlo.add"(%252, %arg46) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %254 = "stablehlo.multiply"(%253, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.add"(%254, %arg45) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %256 = "stablehlo.multiply"(%255, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %257 = "stablehlo.add"(%256, %arg44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %258 = "stablehlo.multiply"(%257, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %259 = "stablehlo.add"(%258, %arg43) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %260 = "stablehlo.multiply"(%259, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %261 = "stablehlo.add"(%260, %arg42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %262 = "stablehlo.multiply"(%261, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.add"(%262, %arg41) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.multiply"(%263, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %265 = "stablehlo.add"(%264, %arg40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %266 = "stablehlo.multiply"(%265, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.add"(%266, %arg39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %268 = "stablehlo.multiply"(%267, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %269 = "stablehlo.add"(%268, %arg38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.multiply"(%269, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %271 = "stablehlo.add"(%270, %arg37) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %272 = "stablehlo.multiply"(%271, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %273 = "stablehlo.add"(%272, %arg36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%273) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}, {}], sym_name = "_lgamma_pos_large", sym_visibility = "private"}> ({
  ^bb0(%arg34: tensor<8xf32>):
    %210 = "stablehlo.constant"() <{value = dense<0.418938518> : tensor<f32>}> : () -> tensor<f32>
    %211 = "stablehlo.constant"() <{value = dense<8.41750822E-4> : tensor<f32>}> : () -> tensor<f32>
    %212 = "stablehlo.constant"() <{value = dense<-5.95238118E-4> : tensor<f32>}> : () -> tensor<f32>
    %213 = "stablehlo.constant"() <{value = dense<7.93650805E-4> : tensor<f32>}> : () -> tensor<f32>
    %214 = "stablehlo.constant"() <{value = dense<-0.00277777785> : tensor<f32>}> : () -> tensor<f32>
    %215 = "stablehlo.constant"() <{value = dense<0.0833333358> : tensor<f32>}> : () -> tensor<f32>
    %216 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %217 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %218 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %219:2 = "func.call"(%arg34) <{callee = @_log_f32_1}> : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %220 = "stablehlo.bitcast_convert"(%219#0) : (tensor<8xf32>) -> tensor<8xi32>
    %221 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %222 = "stablehlo.and"(%220, %221) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %223 = "stablehlo.bitcast_convert"(%222) : (tensor<8xi32>) -> tensor<8xf32>
    %224 = "stablehlo.subtract"(%219#0, %223) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %225 = "stablehlo.add"(%224, %219#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %226 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %227 = "stablehlo.subtract"(%arg34, %226) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %228 = "stablehlo.bitcast_convert"(%227) : (tensor<8xf32>) -> tensor<8xi32>
    %229 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %230 = "stablehlo.and"(%228, %229) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %231 = "stablehlo.bitcast_convert"(%230) : (tensor<8xi32>) -> tensor<8xf32>
    %232 = "stablehlo.subtract"(%227, %231) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %233 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %234 = "stablehlo.subtract"(%223, %233) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %235 = "stablehlo.multiply"(%231, %234) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %236 = "stablehlo.multiply"(%232, %234) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.multiply"(%227, %225) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %238 = "stablehlo.add"(%236, %237) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %240 = "stablehlo.divide"(%239, %arg34) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %241 = "stablehlo.multiply"(%240, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %242 = "func.call"(%241, %215, %214, %213, %212, %211) <{callee = @_horner_2}> : (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>
    %243 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %244 = "stablehlo.add"(%238, %243) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %245 = "stablehlo.multiply"(%240, %242) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %246 = "stablehlo.add"(%244, %245) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %247 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %248 = "stablehlo.multiply"(%247, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %249 = "stablehlo.subtract"(%219#0, %248) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%235, %246, %249) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "_log_f32_1", sym_visibility = "private"}> ({
  ^bb0(%arg33: tensor<8xf32>):
    %163 = "stablehlo.constant"() <{value = dense<3.19461833E-5> : tensor<f32>}> : () -> tensor<f32>
    %164 = "stablehlo.constant"() <{value = dense<0.693115234> : tensor<f32>}> : () -> tensor<f32>
    %165 = "stablehlo.constant"() <{value = dense<-0.0635454952> : tensor<f32>}> : () -> tensor<f32>
    %166 = "stablehlo.constant"() <{value = dense<0.106187068> : tensor<f32>}> : () -> tensor<f32>
    %167 = "stablehlo.constant"() <{value = dense<-0.106258489> : tensor<f32>}> : () -> tensor<f32>
    %168 = "stablehlo.constant"() <{value = dense<0.110219181> : tensor<f32>}> : () -> tensor<f32>
    %169 = "stablehlo.constant"() <{value = dense<-0.124513313> : tensor<f32>}> : () -> tensor<f32>
    %170 = "stablehlo.constant"() <{value = dense<0.1428743> : tensor<f32>}> : () -> tensor<f32>
    %171 = "stablehlo.constant"() <{value = dense<-0.166680068> : tensor<f32>}> : () -> tensor<f32>
    %172 = "stablehlo.constant"() <{value = dense<0.199999928> : tensor<f32>}> : () -> tensor<f32>
    %173 = "stablehlo.constant"() <{value = dense<-0.249999896> : tensor<f32>}> : () -> tensor<f32>
    %174 = "stablehlo.constant"() <{value = dense<0.333333343> : tensor<f32>}> : () -> tensor<f32>
    %175 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %176 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %178 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %179 = "stablehlo.constant"() <{value = dense<1060439283> : tensor<i32>}> : () -> tensor<i32>
    %180 = "stablehlo.bitcast_convert"(%arg33) : (tensor<8xf32>) -> tensor<8xi32>
    %181 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %182 = "stablehlo.subtract"(%180, %181) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %183 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %184 = "stablehlo.shift_right_arithmetic"(%182, %183) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %185 = "stablehlo.broadcast_in_dim"(%177) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %186 = "stablehlo.subtract"(%184, %185) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %187 = "stablehlo.convert"(%186) : (tensor<8xi32>) -> tensor<8xf32>
    %188 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %189 = "stablehlo.shift_left"(%184, %188) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %190 = "stablehlo.subtract"(%180, %189) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %191 = "stablehlo.bitcast_convert"(%190) : (tensor<8xi32>) -> tensor<8xf32>
    %192 = "stablehlo.broadcast_in_dim"(%176) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %193 = "stablehlo.subtract"(%191, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.multiply"(%193, %193) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %195 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %196 = "stablehlo.multiply"(%195, %194) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.subtract"(%193, %196) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.multiply"(%194, %193) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %199 = "func.call"(%193, %174, %173, %172, %171, %170, %169, %168, %167, %166, %165) <{callee = @_horner}> : (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>
    %200 = "stablehlo.multiply"(%198, %199) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.add"(%197, %200) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %203 = "stablehlo.multiply"(%187, %202) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.broadcast_in_dim"(%163) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %205 = "stablehlo.multiply"(%187, %204) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %206 = "stablehlo.add"(%201, %205) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.add"(%203, %206) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.subtract"(%203, %207) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %209 = "stablehlo.add"(%208, %206) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%207, %209) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_horner_2", sym_visibility = "private"}> ({
  ^bb0(%arg27: tensor<8xf32>, %arg28: tensor<f32>, %arg29: tensor<f32>, %arg30: tensor<f32>, %arg31: tensor<f32>, %arg32: tensor<f32>):
    %145 = "stablehlo.convert"(%arg32) : (tensor<f32>) -> tensor<f32>
    %146 = "stablehlo.broadcast_in_dim"(%145) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %147 = "stablehlo.multiply"(%146, %arg27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.convert"(%arg31) : (tensor<f32>) -> tensor<f32>
    %149 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %150 = "stablehlo.add"(%147, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %151 = "stablehlo.multiply"(%150, %arg27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.convert"(%arg30) : (tensor<f32>) -> tensor<f32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %154 = "stablehlo.add"(%151, %153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.multiply"(%154, %arg27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.convert"(%arg29) : (tensor<f32>) -> tensor<f32>
    %157 = "stablehlo.broadcast_in_dim"(%156) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %158 = "stablehlo.add"(%155, %157) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.multiply"(%158, %arg27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.convert"(%arg28) : (tensor<f32>) -> tensor<f32>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %162 = "stablehlo.add"(%159, %161) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%162) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_lgamma_neg_reflection", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<8xf32>, %arg23: tensor<8xf32>, %arg24: tensor<8xf32>, %arg25: tensor<8xf32>, %arg26: tensor<8xf32>):
    %130 = "stablehlo.constant"() <{value = dense<-0.332585573> : tensor<f32>}> : () -> tensor<f32>
    %131 = "stablehlo.constant"() <{value = dense<-0.0905559584> : tensor<f32>}> : () -> tensor<f32>
    %132 = "stablehlo.constant"() <{value = dense<-0.214173421> : tensor<f32>}> : () -> tensor<f32>
    %133 = "stablehlo.constant"() <{value = dense<-0.24974528> : tensor<f32>}> : () -> tensor<f32>
    %134 = "stablehlo.constant"() <{value = dense<-0.339168698> : tensor<f32>}> : () -> tensor<f32>
    %135 = "stablehlo.constant"() <{value = dense<-0.541160762> : tensor<f32>}> : () -> tensor<f32>
    %136 = "stablehlo.constant"() <{value = dense<-1.64493406> : tensor<f32>}> : () -> tensor<f32>
    %137 = "stablehlo.multiply"(%arg22, %arg22) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138 = "func.call"(%137, %136, %135, %134, %133, %132, %131, %130) <{callee = @_horner_3}> : (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>
    %139 = "stablehlo.multiply"(%137, %138) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.add"(%arg23, %arg24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.add"(%139, %arg26) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.add"(%arg25, %141) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.add"(%140, %142) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %144 = "stablehlo.negate"(%143) : (tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%144) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_horner_3", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<8xf32>, %arg15: tensor<f32>, %arg16: tensor<f32>, %arg17: tensor<f32>, %arg18: tensor<f32>, %arg19: tensor<f32>, %arg20: tensor<f32>, %arg21: tensor<f32>):
    %104 = "stablehlo.convert"(%arg21) : (tensor<f32>) -> tensor<f32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %106 = "stablehlo.multiply"(%105, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.convert"(%arg20) : (tensor<f32>) -> tensor<f32>
    %108 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %109 = "stablehlo.add"(%106, %108) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %110 = "stablehlo.multiply"(%109, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.convert"(%arg19) : (tensor<f32>) -> tensor<f32>
    %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %113 = "stablehlo.add"(%110, %112) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %114 = "stablehlo.multiply"(%113, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %115 = "stablehlo.convert"(%arg18) : (tensor<f32>) -> tensor<f32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %117 = "stablehlo.add"(%114, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %118 = "stablehlo.multiply"(%117, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.convert"(%arg17) : (tensor<f32>) -> tensor<f32>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %121 = "stablehlo.add"(%118, %120) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.multiply"(%121, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.convert"(%arg16) : (tensor<f32>) -> tensor<f32>
    %124 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %125 = "stablehlo.add"(%122, %124) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.multiply"(%125, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.convert"(%arg15) : (tensor<f32>) -> tensor<f32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %129 = "stablehlo.add"(%126, %128) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%129) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "_lgamma_neg_root", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<8xf32>, %arg13: tensor<8xf32>):
    %20 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<9> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.constant"() <{value = dense<-2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.constant"() <{value = dense<[-0.457024753, 1.000000e+00, -0.143580884, 0.252317339, -0.0393618383, 0.044705715, -0.00821816828, 0.00845535938, -0.00138529448, 0.00139251992, -1.98333408E-4, 1.98492111E-4, -2.48002707E-5, 2.48029046E-5, -2.75571483E-6, 2.75574894E-6]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %28 = "stablehlo.constant"() <{value = dense<[1.48729189E-8, 0.000000e+00, -4.60860106E-9, 1.40906877E-8, -1.48918433E-9, 1.1097015E-10, -4.15751669E-11, 6.298560e-11, 2.98885222E-11, 2.71651451E-12, 4.27655497E-13, -1.57696133E-12, 1.16013495E-14, -4.11633103E-13, 8.02972834E-15, 8.43790437E-14]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %29 = "stablehlo.constant"() <{value = dense<[2.550000e-01, -1.000000e+00, 3.400000e-01, 3.700000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %30 = "stablehlo.constant"() <{value = dense<[-1.38533652, 0.000000e+00, -2.234660e+00, -0.966047525, -2.10904527, -1.85305738, -2.02762246, -1.97070384, -2.00517678, -1.99477208, -2.00079918, -1.99919963, -2.0001061, -1.99989378, -2.0000124, -1.9999876]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %31 = "stablehlo.constant"() <{value = dense<[2.67372108, 0.000000e+00, -0.104558013, 1.47233355, -0.0994995161, 0.15925236, -0.0272024628, 0.0297407601, -0.00516465073, 0.00524011673, -7.99042871E-4, 8.00676643E-4, -1.06171268E-4, 1.06197927E-4, -1.24548615E-5, 1.24457247E-5]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %32 = "stablehlo.constant"() <{value = dense<[5.65496206, 0.000000e+00, -0.632970095, 1.32829309, -0.756576359, -0.495038867, -0.693450987, -0.636482954, -0.671820819, -0.661415874, -0.667466938, -0.665867149, -0.666774272, -0.666561901, -0.666680336, -0.66665554]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %33 = "stablehlo.constant"() <{value = dense<[13.6487474, 0.000000e+00, 0.18435128, 2.66334176, -0.0802543088, 0.183989882, -0.0263557527, 0.0306188613, -0.00513932668, 0.00526309945, -7.983600e-04, 8.00992537E-4, -1.06074294E-4, 1.06123902E-4, -1.08104869E-5, 1.11924992E-5]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %34 = "stablehlo.constant"() <{value = dense<[29.0560436, 0.000000e+00, -0.0475766957, 3.16822863, -0.470409244, -0.203508675, -0.425810963, -3.688310e-01, -4.050240e-01, -0.394625604, -0.400700718, -0.399102062, -0.400009692, -0.399797767, -3.999230e-01, -0.39989692]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %35 = "stablehlo.constant"() <{value = dense<[64.692688, 0.000000e+00, 5.535060e-01, 4.82858515, -0.0605156571, 0.212788194, -0.0257291067, 0.0318717323, -0.00515836058, 0.00533373794, -8.04428709E-4, 8.080150e-04, -1.07942105E-4, 1.07877786E-4, -3.53875039E-5, 2.95385908E-5]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %36 = "stablehlo.constant"() <{value = dense<[144.274414, 0.000000e+00, 0.502989888, 6.22517824, -0.33854869, -0.0589724258, -0.313833177, -0.255872041, -0.293304026, -0.282735527, -0.28885287, -0.287227511, -0.288137108, -0.287917346, -0.287951857, -2.879430e-01]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %37 = "stablehlo.constant"() <{value = dense<[354.171173, 0.000000e+00, 0.874119758, 9.20790672, -0.0421104282, 0.194769889, -0.0219563879, 0.0279599521, -0.00452799257, 0.00470815646, -7.10393128E-4, 7.14876514E-4, -8.80396764E-5, 8.91314048E-5, 1.32301051E-4, -9.35434145E-5]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %38 = "stablehlo.constant"() <{value = dense<[972.521484, 0.000000e+00, 0.829021215, 15.6274681, -0.230358541, -0.0118875364, -0.215895846, -0.168328941, -0.201411426, -0.192730859, -0.198401839, -0.19707121, -0.197927535, -0.197773159, -0.198337495, -0.198233053]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %39 = "stablehlo.constant"() <{value = dense<[2111.91357, 0.000000e+00, 2.96750498, 24.9583759, -0.012698682, 0.470867515, -0.0385501981, 0.056485422, -0.00820949394, 0.00869482476, -0.00128752366, 0.00129581429, -1.87857018E-4, 1.85009369E-4, -3.45863868E-4, 2.53180886E-4]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %40 = "stablehlo.constant"() <{value = dense<[2133.65771, 0.000000e+00, 3.87669849, 18.7148895, -0.289828926, 0.247943312, -0.340197712, -0.23934947, -0.304349959, -0.286053866, -0.295447946, -0.292626083, -0.293967903, -0.293548137, -0.292859882, -0.292959183]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %41 = "stablehlo.constant"() <{value = dense<-2.600000e+00> : tensor<f32>}> : () -> tensor<f32>
    %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %43 = "stablehlo.compare"(%arg12, %42) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %44 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %45 = "stablehlo.compare"(%arg12, %44) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %46 = "stablehlo.and"(%43, %45) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %47 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %48 = "stablehlo.select"(%46, %47, %arg13) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %49 = "stablehlo.subtract"(%arg12, %48) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %50 = "stablehlo.negate"(%48) : (tensor<8xf32>) -> tensor<8xf32>
    %51 = "stablehlo.convert"(%50) : (tensor<8xf32>) -> tensor<8xi32>
    %52 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %53 = "stablehlo.compare"(%51, %52) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %54 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %55 = "stablehlo.compare"(%51, %54) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %56 = "stablehlo.and"(%53, %55) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %57 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %58 = "stablehlo.compare"(%49, %57) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %59 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %60 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %61 = "stablehlo.select"(%58, %59, %60) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %62 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %63 = "stablehlo.subtract"(%51, %62) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %64 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %65 = "stablehlo.multiply"(%64, %63) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %66 = "stablehlo.add"(%65, %61) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %67 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %68 = "stablehlo.select"(%56, %66, %67) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
    %70 = "stablehlo.gather"(%27, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %71 = "stablehlo.gather"(%28, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %72 = "stablehlo.gather"(%29, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %73 = "stablehlo.gather"(%30, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %74 = "stablehlo.gather"(%31, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %75 = "stablehlo.gather"(%32, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %76 = "stablehlo.gather"(%33, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %77 = "stablehlo.gather"(%34, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %78 = "stablehlo.gather"(%35, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %79 = "stablehlo.gather"(%36, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %80 = "stablehlo.gather"(%37, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %81 = "stablehlo.gather"(%38, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %82 = "stablehlo.gather"(%39, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %83 = "stablehlo.gather"(%40, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %84 = "stablehlo.subtract"(%49, %70) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.add"(%49, %70) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %87 = "stablehlo.divide"(%86, %85) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.subtract"(%84, %71) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.multiply"(%88, %87) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.multiply"(%89, %85) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.subtract"(%84, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %93 = "stablehlo.add"(%92, %89) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.multiply"(%71, %93) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %95 = "stablehlo.subtract"(%91, %94) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.multiply"(%95, %87) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.add"(%89, %96) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.abs"(%97) : (tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.compare"(%98, %72) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %100 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %101 = "stablehlo.select"(%99, %97, %100) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %102 = "func.call"(%101, %73, %74, %75, %76, %77, %78, %79, %80, %81, %82, %83) <{callee = @_horner_4}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.multiply"(%101, %102) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%99, %103) : (tensor<8xi1>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_horner_4", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8xf32>, %arg4: tensor<8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<8xf32>, %arg9: tensor<8xf32>, %arg10: tensor<8xf32>, %arg11: tensor<8xf32>):
    %0 = "stablehlo.multiply"(%arg11, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1 = "stablehlo.add"(%0, %arg10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2 = "stablehlo.multiply"(%1, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %3 = "stablehlo.add"(%2, %arg9) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %4 = "stablehlo.multiply"(%3, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %5 = "stablehlo.add"(%4, %arg8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %6 = "stablehlo.multiply"(%5, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %7 = "stablehlo.add"(%6, %arg7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %8 = "stablehlo.multiply"(%7, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %9 = "stablehlo.add"(%8, %arg6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %10 = "stablehlo.multiply"(%9, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %11 = "stablehlo.add"(%10, %arg5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %12 = "stablehlo.multiply"(%11, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %13 = "stablehlo.add"(%12, %arg4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %14 = "stablehlo.multiply"(%13, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %15 = "stablehlo.add"(%14, %arg3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %16 = "stablehlo.multiply"(%15, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %17 = "stablehlo.add"(%16, %arg2) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %18 = "stablehlo.multiply"(%17, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %19 = "stablehlo.add"(%18, %arg1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%19) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
